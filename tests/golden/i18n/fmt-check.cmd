fmt --check --lang=ja syntax.strat
