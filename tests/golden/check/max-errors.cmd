check --max-errors=1 formats.strat
