report --format=csv shapes.strat
