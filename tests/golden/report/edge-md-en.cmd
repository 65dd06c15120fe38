report --format=md --lang=en edge.strat
