check --format=json columns-ja.strat
