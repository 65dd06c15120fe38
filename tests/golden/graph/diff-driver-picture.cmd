diff --git-driver --format=dot a b c d e f g
