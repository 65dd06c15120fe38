check duplicate-definition-ok.strat
