check --format=junit --max-errors=1 formats.strat nothere.strat
