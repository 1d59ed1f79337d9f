"""Dating: time expressions and their resolution."""
