import --lang=ja --replace ../import/conflict.csv ../import/plan.strat
