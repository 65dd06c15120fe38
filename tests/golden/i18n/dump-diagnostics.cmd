dump --lang=ja syntax.strat
