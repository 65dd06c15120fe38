graph --format=mermaid ../../../examples/nihon-saiko-kpi.strat --as-of=2024-03-31
