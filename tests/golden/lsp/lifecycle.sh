# The LSP exchange lifecycle.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" lifecycle.jsonl
