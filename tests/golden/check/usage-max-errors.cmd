check --max-errors=many formats.strat
