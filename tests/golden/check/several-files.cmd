check formats.strat unit-mismatch.strat stale-data-ok.strat
