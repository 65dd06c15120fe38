import --lang=ja --sheet=jisseki ../import/dates.xlsx ../import/plan.strat
