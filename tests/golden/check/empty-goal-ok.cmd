check empty-goal-ok.strat
