fmt --check formatted.strat syntax.strat comments.strat
