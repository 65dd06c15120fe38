report --format=json ../../../examples/yamaguchi-2018.strat ../../../examples/acme-2024.strat
