diff --git-driver plan.strat /dev/null 0000000 100644 base.strat 1234567 100644
