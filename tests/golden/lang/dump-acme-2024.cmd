dump ../../../examples/acme-2024.strat
