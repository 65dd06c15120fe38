check --lang=ja allow-unused.strat
