graph --format=mermaid --as-of=2024-12-31 escape.strat
