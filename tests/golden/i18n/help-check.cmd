help check --lang=ja
