check --lang=ja --format=json findings.strat
