report --format=json municipal.strat
