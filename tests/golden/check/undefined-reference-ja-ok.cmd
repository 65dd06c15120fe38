check undefined-reference-ja-ok.strat
