check renamed-from-unknown-ok.strat
