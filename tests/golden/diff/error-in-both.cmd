diff broken-old.strat broken.strat
