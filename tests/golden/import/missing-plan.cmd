import inc.csv missing.strat
