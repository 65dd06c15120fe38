report --format=csv --lang=en ../../../examples/seicho-senryaku-kpi.strat
