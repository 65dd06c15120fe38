check undefined-reference.strat
