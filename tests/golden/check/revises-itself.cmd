check revises-itself.strat
