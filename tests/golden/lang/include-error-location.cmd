check --format=json inc/broken.strat
