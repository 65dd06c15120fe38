report --format=csv --bom --lang=en ../../../examples/yamaguchi-2018.strat
