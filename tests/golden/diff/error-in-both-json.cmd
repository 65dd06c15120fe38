diff --diagnostics-format=json broken-old.strat broken.strat
