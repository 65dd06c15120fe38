check unknown-name-ok.strat
