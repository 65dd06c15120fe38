diff --git-driver plan.strat /dev/null 0000000 100644 broken.strat 89abcde 100644
