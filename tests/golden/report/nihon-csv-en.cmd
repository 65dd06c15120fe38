report --format=csv --lang=en ../../../examples/nihon-saiko-kpi.strat
