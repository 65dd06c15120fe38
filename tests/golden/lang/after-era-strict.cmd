dump --strict after-era.strat
