check --lang=ja assess-why.strat
