diff --format=md base.strat revised.strat
