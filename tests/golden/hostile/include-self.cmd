check inc/self.strat
