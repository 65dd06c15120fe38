check --lang=en en-no-id.strat
