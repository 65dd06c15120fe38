check --lang=ja findings.strat
