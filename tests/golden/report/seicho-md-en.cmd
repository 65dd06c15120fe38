report --format=md --lang=en ../../../examples/seicho-senryaku-kpi.strat
