graph --lang=ja --format=png findings.strat
