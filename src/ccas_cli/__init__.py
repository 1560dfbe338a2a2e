"""ccas: French social-policy plan documents → validated, searchable records."""

__version__ = "0.1.0"
