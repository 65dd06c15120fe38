check --lang=ja --format=sarif findings.strat
