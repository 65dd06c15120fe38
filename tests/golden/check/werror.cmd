check --werror target-equals-baseline.strat
