check --format=gitlab formats.strat
