report --format=html ../../../examples/yamaguchi-2018.strat fields.strat
