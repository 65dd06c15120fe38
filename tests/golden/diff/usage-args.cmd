diff a b c
