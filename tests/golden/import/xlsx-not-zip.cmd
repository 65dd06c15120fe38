import not-a-workbook.xlsx plan.strat
