check unused-definition-ok.strat
