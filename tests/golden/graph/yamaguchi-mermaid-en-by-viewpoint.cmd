graph --format=mermaid --lang=en --by=viewpoint --as-of=H31.3 ../../../examples/yamaguchi-2018.strat
