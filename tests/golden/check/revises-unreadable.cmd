check revises-unreadable.strat
