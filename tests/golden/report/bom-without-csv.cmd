report --bom ../../../examples/yamaguchi-2018.strat
