"""Figures derived from records (never typed in), and later the report renderers."""
