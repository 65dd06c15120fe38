# LC_MESSAGES before LANG; LC_ALL before both; --lang before all of them.
LC_ALL= LANG=en_US.UTF-8 LC_MESSAGES=ja_JP.UTF-8 $STRATC check --format=bogus findings.strat
LC_ALL=en_US.UTF-8 LANG=ja_JP.UTF-8 LC_MESSAGES=ja_JP.UTF-8 $STRATC check --format=bogus findings.strat
LC_ALL= LANG=ja_JP.UTF-8 $STRATC check --lang=en --format=bogus findings.strat
LC_ALL= LANG=en_US.UTF-8 LANGUAGE=fr:ja $STRATC check --format=bogus findings.strat
exit 0
