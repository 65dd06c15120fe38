report --format=csv --lang=en -
