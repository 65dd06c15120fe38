report --format=csv fields.strat
