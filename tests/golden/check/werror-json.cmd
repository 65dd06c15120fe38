check --werror --format=json target-equals-baseline.strat
