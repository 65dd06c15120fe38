check --format=gitlab --werror formats.strat nothere.strat
