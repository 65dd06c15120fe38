# The LSP exchange positions-utf8.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" positions-utf8.jsonl
