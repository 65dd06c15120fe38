check --lang=ja --max-errors=1 findings.strat
