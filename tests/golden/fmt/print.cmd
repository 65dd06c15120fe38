fmt comments.strat
