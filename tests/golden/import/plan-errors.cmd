import inc.csv broken.strat
