import --input-encoding=cp932 --strict wide-cp932.csv plan.strat
