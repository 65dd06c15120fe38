fmt --check -
