check --lang=ja --as-of=2021-13-01 findings.strat
