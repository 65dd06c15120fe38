check --as-of=2023-03-31 mixed-quotes.strat
