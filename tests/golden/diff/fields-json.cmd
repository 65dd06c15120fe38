diff --format=json base.strat fields.strat
