check revises-period-ok.strat
