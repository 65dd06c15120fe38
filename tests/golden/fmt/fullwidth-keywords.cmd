fmt fullwidth-keywords.strat
