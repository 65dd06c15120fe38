graph --by=project ../../../examples/yamaguchi-2018.strat
