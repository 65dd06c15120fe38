diff base.strat broken.strat
