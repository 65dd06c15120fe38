report --format=md --lang=en shapes.strat
