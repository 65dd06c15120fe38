report ../../../examples/nihon-saiko-kpi.strat
