dump fiscal-named-by-end.strat
