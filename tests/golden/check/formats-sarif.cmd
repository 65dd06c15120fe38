check --format=sarif formats.strat
