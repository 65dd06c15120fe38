check --lang=ja slip-no-id.strat
