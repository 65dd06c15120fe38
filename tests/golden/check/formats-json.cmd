check --format=json formats.strat
