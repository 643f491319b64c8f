"""Shared plumbing of the record domains: base model, generic record service, router factory."""
