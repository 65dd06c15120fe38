import --lang=ja ../import/unknown.csv ../import/plan.strat
