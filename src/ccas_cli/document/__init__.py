"""The document model: blocks every family reads (see blocks.py)."""
