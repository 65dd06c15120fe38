check renamed-from-unknown.strat
