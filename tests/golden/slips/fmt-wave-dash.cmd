fmt wave-dash.strat
