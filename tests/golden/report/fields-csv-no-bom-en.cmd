report --format=csv --no-bom --lang=en fields.strat
