check project-without-indicators.strat
