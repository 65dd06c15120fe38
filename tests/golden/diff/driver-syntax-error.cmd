diff --git-driver plan.strat base.strat 1234567 100644 broken-syntax.strat 89abcde 100644
