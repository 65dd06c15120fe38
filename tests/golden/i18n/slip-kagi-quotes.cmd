check --lang=ja slip-kagi-quotes.strat
