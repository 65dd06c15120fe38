check --as-of=2026-11-29 syntax-many.strat
