report --format=xlsx -o out.xlsx ../../../examples/yamaguchi-2018.strat fields.strat
