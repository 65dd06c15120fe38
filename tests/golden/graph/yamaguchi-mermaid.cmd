graph --format=mermaid --as-of=R2.3 ../../../examples/yamaguchi-2018.strat
