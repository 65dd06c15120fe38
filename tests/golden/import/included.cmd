import inc.csv inc-main.strat
