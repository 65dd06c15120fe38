diff --format=html base.strat revised.strat
