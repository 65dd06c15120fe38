diff --lang=ja diff-old.strat
