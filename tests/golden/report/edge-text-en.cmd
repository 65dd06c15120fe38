report --lang=en edge.strat
