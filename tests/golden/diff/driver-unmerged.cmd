diff --git-driver plan.strat
