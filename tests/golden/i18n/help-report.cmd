help report --lang=ja
