# The LSP exchange positions-utf16.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" positions-utf16.jsonl
