report --format=md --lang=en ../../../examples/acme-2024.strat
