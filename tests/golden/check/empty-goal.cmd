check empty-goal.strat
