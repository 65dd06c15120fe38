check inc/broken.strat
