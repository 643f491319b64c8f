"""The application factory: builds the web app and includes each domain, from one list."""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

from fastapi import FastAPI
from sqlalchemy import Engine

from doingoai import __version__
from doingoai.db import make_engine, make_sessionmaker
from doingoai.http_errors import install_handlers
from doingoai.settings import Settings, get_settings

# Each entry is a package with an `api` module (JSON routes) and optionally a `views` module (pages).
# Adding a domain to the product is adding it here.
DOMAINS: tuple[str, ...] = (
    "accounts",
    "audit",
    "reference",
    "partners",
    "documents",
    "agreements",
    "delegations",
    "projects",
    "events",
    "plans",
    "review",
    "reports",
)

log = logging.getLogger("doingoai")


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # Only "this module does not exist" is expected; an import error inside it must not be hidden.
        if exc.name is None or not name.startswith(exc.name):
            raise
        return None


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="doingoai",
        version=__version__,
        description="Hệ thống quản lý công tác đối ngoại cấp tỉnh — provincial foreign-affairs records",
        docs_url=None,  # served by web/ from local files: offices run on closed networks
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.sqlalchemy_url)
    app.state.sessionmaker = make_sessionmaker(app.state.engine)
    install_handlers(app)
    for domain in DOMAINS:
        for part in ("api", "views"):
            module = _optional(f"doingoai.{domain}.{part}")
            if module is not None:
                app.include_router(module.router)
    web = _optional("doingoai.web")
    if web is not None:
        web.install(app)
    return app
