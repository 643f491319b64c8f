"""The migrations build exactly the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from doingoai.models import metadata


def test_models_and_migrations_agree(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
    assert differences == [], "models and migrations disagree; run `make initial-migration` (before release) " \
                              f"or add a revision: {differences}"


def test_every_domain_table_exists(engine):
    from sqlalchemy import inspect

    tables = set(inspect(engine).get_table_names())
    for name in ("users", "audit_events", "partners", "persons", "relations", "agreements", "delegations",
                 "delegation_members", "projects", "events", "plans", "documents"):
        assert name in tables
