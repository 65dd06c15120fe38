check revises-unreadable-ok.strat
