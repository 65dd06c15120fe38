import after-quote.csv plan.strat
