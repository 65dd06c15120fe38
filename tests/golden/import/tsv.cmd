import tab.tsv plan.strat
