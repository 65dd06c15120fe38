check --format=junit formats.strat
