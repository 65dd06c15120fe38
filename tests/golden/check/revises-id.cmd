check revises-id.strat
