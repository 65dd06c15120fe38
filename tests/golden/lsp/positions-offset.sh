# The LSP exchange positions-offset.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" positions-offset.jsonl
