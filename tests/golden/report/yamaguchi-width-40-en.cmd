report --width=40 --lang=en ../../../examples/yamaguchi-2018.strat
