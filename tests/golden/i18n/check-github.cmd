check --lang=ja --format=github findings.strat
