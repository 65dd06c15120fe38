# In the C locale (C.UTF-8 too, as the golden suite runs) messages are
# English whatever LANGUAGE says, as gettext does.
LANGUAGE=ja $STRATC check findings.strat 2>&1 | tail -n 1
LC_ALL=C LANGUAGE=ja $STRATC check --format=bogus findings.strat
exit 0
