report --format=md --lang=en --by=sector ../../../examples/nihon-saiko-kpi.strat
