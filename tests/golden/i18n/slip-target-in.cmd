check --lang=ja slip-target-in.strat
