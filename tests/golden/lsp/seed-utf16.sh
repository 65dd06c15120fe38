# The LSP exchange seed-utf16.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" seed-utf16.jsonl
