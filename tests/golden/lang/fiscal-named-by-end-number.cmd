dump fiscal-named-by-end-number.strat
