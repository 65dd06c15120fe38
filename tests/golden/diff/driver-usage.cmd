diff --git-driver plan.strat base.strat
