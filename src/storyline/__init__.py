"""storyline: news articles in, sourced story dossier out."""

__version__ = "0.1.0"
