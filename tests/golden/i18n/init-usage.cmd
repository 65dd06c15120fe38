init --lang=ja --template=bogus new.strat
