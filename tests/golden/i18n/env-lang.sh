# LANG=ja_JP.UTF-8 picks Japanese whether or not that locale is installed
# (the catalog is selected through C.UTF-8 and LANGUAGE): the same output as
# check-gcc.cmd.
LC_ALL= LANG=ja_JP.UTF-8 $STRATC check findings.strat
