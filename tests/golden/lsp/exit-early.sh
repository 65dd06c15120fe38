# The LSP exchange exit-early.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" exit-early.jsonl
