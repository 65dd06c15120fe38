diff --format=mermaid ../../../examples/yamaguchi-2018.strat ../../../examples/yamaguchi-2021.strat
