report --lang=en --as-of=2017 ../../../examples/seicho-senryaku-kpi.strat
