report --format=json ../../../examples/acme-2024.strat
