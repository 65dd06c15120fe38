report --format=html edge.strat
