fmt --bogus formatted.strat
