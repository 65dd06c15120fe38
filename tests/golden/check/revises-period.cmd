check revises-period.strat
