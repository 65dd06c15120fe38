fmt --check comments.strat formatted.strat included.strat
