report --format=csv --encoding=cp932 --bom ../../../examples/yamaguchi-2018.strat
