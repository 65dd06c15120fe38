# The LSP exchange fullwidth.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" fullwidth.jsonl
