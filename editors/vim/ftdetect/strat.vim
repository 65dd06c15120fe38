" ftdetect/strat.vim - .strat files are strategies (stratc, doc/editors.md).
autocmd BufNewFile,BufRead *.strat setfiletype strat
