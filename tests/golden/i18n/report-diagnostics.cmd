report --lang=ja syntax.strat
