check --format=github formats.strat
