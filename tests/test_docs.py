"""The reference documentation keeps up with the code: every setting, command, route and error code is
documented (the datasette habit). No database is needed: the app is only built, never queried."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from doingoai import cli, errors
from doingoai.app import create_app
from doingoai.settings import Settings

DOCS = Path(__file__).resolve().parent.parent / "docs"


@cache
def doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def mentions(text: str, phrase: str) -> bool:
    """`phrase` occurs as a whole: `GET /plans` is not found in `GET /plans/new`, nor DOINGOAI_SAMPLE in
    DOINGOAI_SAMPLES."""
    return re.search(r"(?<![\w/{}.-])" + re.escape(phrase) + r"(?![\w/{}.-])", text) is not None


# ----------------------------------------------------------------- settings
def test_every_setting_is_documented():
    missing = [f"DOINGOAI_{name.upper()}" for name in Settings.model_fields
               if not mentions(doc("settings.md"), f"DOINGOAI_{name.upper()}")]
    assert not missing, f"docs/settings.md does not mention: {missing}"


# ------------------------------------------------------------------ command line
def _subcommands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _subcommands(sub, (*prefix, name))


def _commands() -> list[tuple[str, ...]]:
    cli._load_command_modules()
    return list(_subcommands(cli.build_parser()))


def test_the_command_walk_finds_the_known_commands():
    commands = _commands()
    for expected in [("init",), ("serve",), ("user", "add"), ("demo",), ("extract",), ("ingest",),
                     ("review", "needs-info")]:
        assert expected in commands


def test_every_command_and_subcommand_is_documented():
    text = doc("cli.md")
    missing = [" ".join(c) for c in _commands() if not mentions(text, f"doingoai {' '.join(c)}")]
    assert not missing, f"docs/cli.md does not mention: {missing}"


def test_every_option_of_every_command_is_documented():
    text = doc("cli.md")
    missing = []
    parsers = [((), cli.build_parser())]
    while parsers:
        path, parser = parsers.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(((*path, name), sub) for name, sub in action.choices.items())
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and not mentions(text, option):
                    missing.append(f"{' '.join(('doingoai', *path))} {option}")
    assert not missing, f"docs/cli.md does not mention: {missing}"


# ------------------------------------------------------------------ routes
def _routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(method, full path) of every route; FastAPI 0.165 keeps included routers as `_IncludedRouter`
    objects whose routes are under `.original_router` and whose prefix is in `.include_context`."""
    for route in routes:
        original = getattr(route, "original_router", None)
        if original is not None:
            context = getattr(route, "include_context", None)
            yield from _routes(original.routes, prefix + (getattr(context, "prefix", "") or ""))
            continue
        path = prefix + route.path
        methods = set(getattr(route, "methods", None) or ())
        if not methods:  # a mount (/static): documented by its path
            yield "", path
            continue
        if "GET" in methods:
            methods.discard("HEAD")  # added to every GET by Starlette
        for method in sorted(methods):
            yield method, path


@cache
def app_routes() -> list[tuple[str, str]]:
    app = create_app(Settings(database_url="sqlite://"))
    return sorted(set(_routes(app.routes)))


def _is_api(path: str) -> bool:
    return path.startswith("/api") or path == "/openapi.json"


def test_the_route_walk_sees_included_routers():
    routes = app_routes()
    assert ("POST", "/api/auth/token") in routes
    assert ("GET", "/api/partners/{record_id}/history") in routes
    assert ("POST", "/agreements/{record_id}/status") in routes
    assert ("GET", "/openapi.json") in routes
    assert len(routes) > 150


def test_the_route_walk_agrees_with_the_openapi_document():
    app = create_app(Settings(database_url="sqlite://"))
    in_schema = {(method.upper(), path) for path, item in app.openapi()["paths"].items() for method in item}
    assert in_schema <= set(app_routes())


def test_every_api_route_is_documented():
    text = doc("api.md")
    missing = [f"{m} {p}" for m, p in app_routes() if _is_api(p) and not mentions(text, f"{m} {p}")]
    assert not missing, f"docs/api.md does not list: {missing}"


def test_every_page_is_documented():
    text = doc("web.md")
    missing = [f"{m} {p}".strip() for m, p in app_routes() if not _is_api(p) and not mentions(text, f"{m} {p}".strip())]
    assert not missing, f"docs/web.md does not list: {missing}"


def test_documented_routes_exist():
    """The other way round: a route written as `METHOD /path` in the docs is one the app has."""
    known = {f"{m} {p}" for m, p in app_routes()}
    pattern = re.compile(r"`((?:GET|POST|PATCH|PUT|DELETE) /[^`\s?]*)`")
    stale = sorted({found for name in ("api.md", "web.md") for found in pattern.findall(doc(name))} - known)
    assert not stale, f"documented routes the application does not have: {stale}"


# ------------------------------------------------------------------ errors
@pytest.mark.parametrize("code", sorted(errors.CATALOGUE))
def test_every_error_code_is_documented(code):
    assert f"`{code}`" in doc("api.md"), f"docs/api.md does not explain the error code {code!r}"
