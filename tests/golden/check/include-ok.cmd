check include-ok.strat
