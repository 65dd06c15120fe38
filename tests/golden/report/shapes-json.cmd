report --format=json shapes.strat
