report --format=csv ../../../examples/nihon-saiko-kpi.strat fields.strat
