# The LSP exchange seed.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" seed.jsonl
