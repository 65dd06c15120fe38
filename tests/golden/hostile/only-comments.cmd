check only-comments.strat
