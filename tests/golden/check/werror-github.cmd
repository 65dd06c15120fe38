check --format=github --werror target-equals-baseline.strat
