check undefined-reference-ja.strat
