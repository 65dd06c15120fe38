report --format=json edge.strat
