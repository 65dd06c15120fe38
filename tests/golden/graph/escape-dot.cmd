graph --as-of=2024-12-31 escape.strat
