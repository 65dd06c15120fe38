diff --format=mermaid ../../../examples/yamaguchi-2021.strat
