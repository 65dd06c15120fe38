report --lang=en municipal.strat
