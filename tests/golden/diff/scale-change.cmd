diff scale-national.strat scale-custom.strat
