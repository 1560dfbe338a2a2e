"""Normalisation helpers shared by parsers and queries (text folding, entity resolution)."""
