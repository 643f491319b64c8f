"""Imports every domain's models so that the metadata is complete (for Alembic and the tests)."""

from __future__ import annotations

import importlib

from doingoai.app import DOMAINS
from doingoai.core.models import Base

for _domain in DOMAINS:
    try:
        importlib.import_module(f"doingoai.{_domain}.models")
    except ModuleNotFoundError as exc:
        if exc.name not in (f"doingoai.{_domain}", f"doingoai.{_domain}.models"):
            raise

metadata = Base.metadata
