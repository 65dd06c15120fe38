graph --as-of=yesterday ../../../examples/yamaguchi-2018.strat
