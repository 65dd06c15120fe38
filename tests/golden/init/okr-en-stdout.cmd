init --template=okr --lang=en -
