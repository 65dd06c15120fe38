report --format=csv --encoding=cp932 ../../../examples/yamaguchi-2018.strat
