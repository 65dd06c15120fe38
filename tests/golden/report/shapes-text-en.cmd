report --lang=en shapes.strat
