check --lang=ja slip-item-typo.strat
