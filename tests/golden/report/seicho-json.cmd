report --format=json ../../../examples/seicho-senryaku-kpi.strat
