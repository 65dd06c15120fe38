import --lang=ja ../import/conflict.csv ../import/plan.strat
