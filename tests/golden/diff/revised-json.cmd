diff --format=json base.strat revised.strat
