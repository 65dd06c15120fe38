check --lang=fr findings.strat
