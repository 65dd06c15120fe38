report --format=json custom-scale.strat
