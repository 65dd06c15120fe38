check undefined-reference-ok.strat
