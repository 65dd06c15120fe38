report --format=csv --encoding=cp932 fields.strat
