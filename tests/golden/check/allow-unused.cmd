check allow-unused.strat
