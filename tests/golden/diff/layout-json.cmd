diff --format=json base.strat layout.strat
