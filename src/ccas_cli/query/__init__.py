"""Queries over the structured store, usable from Python without the CLI."""
