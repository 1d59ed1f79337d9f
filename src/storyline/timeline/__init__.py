"""Timeline construction from annotated articles."""
