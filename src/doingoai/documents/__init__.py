"""Stored source documents: the original file as received and its NFC text."""
