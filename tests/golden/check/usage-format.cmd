check --format=xml formats.strat
