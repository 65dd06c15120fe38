# The LSP exchange revision.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" revision.jsonl
