lsp --bogus
