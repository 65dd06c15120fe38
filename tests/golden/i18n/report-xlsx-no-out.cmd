report --lang=ja --format=xlsx slip-base.strat
