report --format=json fields.strat
