diff --lang=ja --format=md diff-old.strat diff-old.strat
