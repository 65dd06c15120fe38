# The TextMate grammar (editors/textmate) tokenises the seed: scopes counted, probes named.
python3 ../../lsp/grammar_check.py ../../../editors/textmate/strat.tmLanguage.json ../../../examples/yamaguchi-2018.strat
