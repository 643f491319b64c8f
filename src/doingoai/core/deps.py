"""FastAPI dependencies: the request's database session and the Actor making the request."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from doingoai.accounts import services as accounts
from doingoai.accounts.security import SESSION_COOKIE, Actor
from doingoai.errors import DomainError

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def get_session(request: Request) -> Iterator[Session]:
    """One session per request. Handlers commit explicitly; anything not committed is rolled back."""
    session = request.app.state.sessionmaker()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


SessionDep = Annotated[Session, Depends(get_session)]


# Declared so the OpenAPI document carries the scheme (Swagger UI's "Authorize" button); the
# dependency itself does not refuse anything: a request may instead carry the session cookie.
bearer = HTTPBearer(auto_error=False, description="An API token from POST /api/auth/token")


def optional_actor(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None,
) -> Actor | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = accounts.user_for_token(session, header[7:].strip())
        if user is None:
            raise DomainError("not_authenticated")
        session.commit()  # keeps the token's last-used time
        return Actor.of(user)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        found = accounts.user_for_session(session, cookie)
        if found is not None:
            user, csrf = found
            actor = Actor.of(user, csrf)
            # A cookie is sent by the browser on its own, so writes must also prove they come
            # from our pages: the CSRF token travels in a header (scripts) or a form field (views).
            if request.method not in SAFE_METHODS and request.url.path.startswith("/api/"):
                sent = request.headers.get("x-csrf-token", "")
                if not hmac.compare_digest(sent, csrf):
                    raise DomainError("csrf")
            return actor
    return None


def current_actor(actor: Annotated[Actor | None, Depends(optional_actor)]) -> Actor:
    if actor is None:
        raise DomainError("not_authenticated")
    return actor


ActorDep = Annotated[Actor, Depends(current_actor)]
