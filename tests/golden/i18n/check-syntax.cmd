check --lang=ja syntax.strat
