check --lang=ja --format=gitlab findings.strat
