check --werror --no-allow allow.strat
