import placement.csv
