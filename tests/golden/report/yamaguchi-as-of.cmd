report --as-of=令和元年9月 ../../../examples/yamaguchi-2018.strat
