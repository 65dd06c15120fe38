graph --lang=en --as-of=2025-12-31 ../../../examples/acme-2024.strat
