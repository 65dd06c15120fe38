diff --lang=ja --git-driver plan.strat slip-base.strat 1234567 100644 slip-item-typo.strat 89abcde 100644
