report --format=md --by=viewpoint --lang=en ../../../examples/yamaguchi-2018.strat
