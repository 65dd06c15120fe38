report --format=html --lang=en shapes.strat
