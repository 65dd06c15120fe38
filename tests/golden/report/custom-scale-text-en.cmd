report --lang=en custom-scale.strat
