fmt --check allow.strat
