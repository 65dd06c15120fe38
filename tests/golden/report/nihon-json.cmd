report --format=json ../../../examples/nihon-saiko-kpi.strat
