"""Linguistic analysis: language identification, spaCy pipelines, annotation."""
