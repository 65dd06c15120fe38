check --lang=en en-actual-in.strat
