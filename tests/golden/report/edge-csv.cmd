report --format=csv edge.strat
