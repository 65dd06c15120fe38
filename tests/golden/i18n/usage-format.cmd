check --lang=ja --format=bogus findings.strat
