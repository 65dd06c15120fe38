report ../../../examples/seicho-senryaku-kpi.strat
