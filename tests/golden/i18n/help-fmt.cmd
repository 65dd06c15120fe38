fmt --help --lang=ja
