report --color=always --lang=en edge.strat
