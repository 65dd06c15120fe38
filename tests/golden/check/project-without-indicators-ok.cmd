check project-without-indicators-ok.strat
