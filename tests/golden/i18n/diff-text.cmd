diff --lang=ja diff-old.strat diff-new.strat
