check revises-id-ok.strat
