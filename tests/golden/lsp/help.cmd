help lsp
