lsp --input-encoding=cp932
