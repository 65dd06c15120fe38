check revises-unreadable-errors-ok.strat
