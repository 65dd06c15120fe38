init --lang=ja findings.strat
