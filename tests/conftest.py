"""Tests run on real databases: SQLite and PostgreSQL, each built by the Alembic migrations.

Every test runs inside a transaction that is rolled back at the end (handlers' commits only release
a SAVEPOINT), so tests are independent and fast. Set DOINGOAI_TEST_BACKENDS=sqlite to skip
PostgreSQL on a machine without it; CI runs both. DOINGOAI_TEST_POSTGRES_URL points at the server
(default: the local one on 127.0.0.1:5432); the tests create and own a database named doingoai_test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from doingoai import migrations
from doingoai.app import create_app
from doingoai.core.deps import get_session
from doingoai.db import make_engine
from doingoai.settings import Settings
from tests import factories

BACKENDS = [b for b in os.environ.get("DOINGOAI_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]
PG_URL = os.environ.get("DOINGOAI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/doingoai_test")


def _admin_engine(target):  # type: ignore[no-untyped-def]
    return make_engine(target.set(database="postgres").render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")


def _fresh_postgres(url: str) -> str:
    """A new database for this test run, named after the process so that parallel runs (several
    developers' or helpers' sessions on one server) never drop each other's database."""
    target = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
    target = target.set(database=f"{target.database}_{os.getpid()}")
    admin = _admin_engine(target)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{target.database}" ENCODING \'UTF8\' TEMPLATE template0'))
    admin.dispose()
    return target.render_as_string(hide_password=False)


def _drop_postgres(url: str) -> None:
    target = make_url(url)
    admin = _admin_engine(target)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    admin.dispose()


def _sqlite_real_transactions(eng: Engine) -> None:
    """pysqlite only sends BEGIN before its first write, so the test's outer transaction does not
    exist in SQLite yet when the session opens its SAVEPOINT; that SAVEPOINT then starts the
    transaction and a handler's commit (RELEASE) really commits, leaking rows into later tests.
    SQLAlchemy's documented remedy: the driver leaves transactions alone and we emit BEGIN."""

    @event.listens_for(eng, "connect")
    def _driver_autocommit(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None

    @event.listens_for(eng, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")


@pytest.fixture(scope="session", params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    else:
        url = _fresh_postgres(PG_URL)
    eng = make_engine(url)
    if request.param == "sqlite":
        _sqlite_real_transactions(eng)
    with eng.begin() as conn:
        migrations.upgrade(connection=conn)
    yield eng
    eng.dispose()
    if request.param == "postgresql":
        _drop_postgres(url)


@pytest.fixture
def db(engine: Engine) -> Iterator[Session]:
    connection = engine.connect()
    outer = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    try:
        yield session
    finally:
        session.close()
        outer.rollback()
        connection.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, database_url="sqlite://")


@pytest.fixture
def app(settings: Settings, engine: Engine, db: Session):  # type: ignore[no-untyped-def]
    application = create_app(settings, engine)

    def _test_session() -> Iterator[Session]:
        try:
            yield db
        finally:
            db.rollback()  # like the real dependency: what a request did not commit is undone

    application.dependency_overrides[get_session] = _test_session
    return application


@pytest.fixture
def client_for(app, db: Session) -> Callable[..., TestClient]:  # type: ignore[no-untyped-def]
    """A client signed in (bearer token) as a new user with the given role and province."""

    def make(role: str = "officer", province: str | None = "68", **user_fields: str) -> TestClient:
        user = factories.user(db, role=role, province_code=province, **user_fields)
        token = factories.token(db, user)
        db.commit()  # like a user made earlier: a request that fails and rolls back keeps it
        client = TestClient(app, raise_server_exceptions=True)
        client.headers["Authorization"] = f"Bearer {token}"
        client.user = user  # type: ignore[attr-defined]
        return client

    return make


@pytest.fixture
def officer(client_for) -> TestClient:  # type: ignore[no-untyped-def]
    return client_for("officer", "68")


@pytest.fixture
def anonymous(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app)
