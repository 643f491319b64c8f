"""Page tests: a browser-like client signed in through a real session cookie (with its CSRF token)."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from doingoai.accounts import services as accounts
from doingoai.accounts.security import SESSION_COOKIE
from tests import factories


@pytest.fixture
def browser_for(app, db: Session) -> Callable[..., TestClient]:  # type: ignore[no-untyped-def]
    """A client holding a browser session of a new user (role, province); `client.csrf` is its token."""

    def make(role: str = "officer", province: str | None = "68", **user_fields: str) -> TestClient:
        user = factories.user(db, role=role, province_code=province, **user_fields)
        cookie, csrf = accounts.start_session(db, user, hours=1)
        # Committed (inside the test's outer transaction, rolled back at the end): a request's
        # session teardown rolls back whatever was only flushed.
        db.commit()
        client = TestClient(app, follow_redirects=False)
        client.cookies.set(SESSION_COOKIE, cookie)
        client.csrf = csrf  # type: ignore[attr-defined]
        client.user = user  # type: ignore[attr-defined]
        return client

    return make


@pytest.fixture
def officer_page(browser_for) -> TestClient:  # type: ignore[no-untyped-def]
    return browser_for("officer", "68")


def field_error(html: str, name: str) -> str | None:
    """The error message shown next to a form field, or None."""
    found = re.search(rf'<p class="field-error" id="f-{re.escape(name.replace(".", "-"))}-err">([^<]*)</p>', html)
    return htmllib.unescape(found.group(1)) if found else None


def text_of(html: str) -> str:
    """The page's visible text, roughly: tags dropped, entities decoded, spaces collapsed."""
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))
