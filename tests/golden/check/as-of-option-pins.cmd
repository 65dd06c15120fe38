check --as-of=2030-01-01 as-of-option-pins.strat
