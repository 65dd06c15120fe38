init --lang=fr plan.strat
