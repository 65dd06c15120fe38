check --werror allow.strat
