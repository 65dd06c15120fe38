diff --format=md base.strat layout.strat
