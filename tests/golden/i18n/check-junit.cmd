check --lang=ja --format=junit findings.strat
