report --format=html --lang=en ../../../examples/acme-2024.strat
