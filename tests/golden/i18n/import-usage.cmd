import --lang=ja DATA.ods ../import/plan.strat
