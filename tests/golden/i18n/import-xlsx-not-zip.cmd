import --lang=ja ../import/not-a-workbook.xlsx ../import/plan.strat
