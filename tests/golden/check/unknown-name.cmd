check unknown-name.strat
