import --input-encoding=cp932 wide-cp932.csv plan.strat
