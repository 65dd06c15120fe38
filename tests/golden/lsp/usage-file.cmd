lsp plan.strat
