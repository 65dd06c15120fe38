report --format=html ../../../examples/seicho-senryaku-kpi.strat
