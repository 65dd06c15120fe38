fmt --lang=ja --diagnostics-format=json syntax.strat
