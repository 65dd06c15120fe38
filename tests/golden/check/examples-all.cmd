check ../../../examples/*.strat
