# filled in by the fuzz work
