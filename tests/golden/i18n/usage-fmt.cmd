fmt --lang=ja
