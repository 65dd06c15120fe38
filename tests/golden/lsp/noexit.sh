# The LSP exchange noexit.jsonl: requests in, responses out (tests/lsp/exchange.py).
python3 ../../lsp/exchange.py "$STRATC" noexit.jsonl
