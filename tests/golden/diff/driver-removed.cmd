diff --git-driver plan.strat base.strat 1234567 100644 /dev/null 0000000 100644
