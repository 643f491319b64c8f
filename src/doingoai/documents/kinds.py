"""Kinds of document, apart from the model so the command line can list them without loading the database layer."""

from __future__ import annotations

import enum


class DocumentKind(enum.StrEnum):
    report = "report"
    plan = "plan"
    news = "news"
    minutes = "minutes"
    agreement = "agreement"
    decision = "decision"
    other = "other"
