check revises-unreadable-errors.strat
