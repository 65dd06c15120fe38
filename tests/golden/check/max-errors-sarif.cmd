check --max-errors=1 --format=sarif formats.strat
