report --format=md --lang=en fields.strat
