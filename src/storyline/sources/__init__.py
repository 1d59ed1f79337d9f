"""Readers: where raw documents come from."""
