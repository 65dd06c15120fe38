report --format=md --lang=en ../../../examples/yamaguchi-2018.strat fields.strat
