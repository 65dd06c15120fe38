report --format=html fields.strat
