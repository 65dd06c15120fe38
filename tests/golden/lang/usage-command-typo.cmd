chek plan.strat
