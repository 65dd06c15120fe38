diff --color=always base.strat revised.strat
