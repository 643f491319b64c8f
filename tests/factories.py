"""Factories: real rows in the test database, with sensible defaults a test overrides as needed."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy.orm import Session

from doingoai.accounts.models import Role, User
from doingoai.accounts.security import Actor, hash_password, new_token
from doingoai.accounts.models import ApiToken

_seq = itertools.count(1)
# Hashing is deliberately slow; tests share one hash instead of paying for it per user.
PASSWORD = "mat-khau-thu-nghiem"
_PASSWORD_HASH = hash_password(PASSWORD)


def user(db: Session, role: str = "officer", province_code: str | None = "68", **fields: Any) -> User:
    n = next(_seq)
    row = User(
        username=fields.pop("username", f"user{n}"),
        full_name=fields.pop("full_name", f"Cán bộ {n}"),
        password_hash=_PASSWORD_HASH,
        role=Role(role),
        province_code=province_code,
        **fields,
    )
    db.add(row)
    db.flush()
    return row


def token(db: Session, owner: User) -> str:
    raw, digest = new_token()
    db.add(ApiToken(user_id=owner.id, name="test", token_hash=digest))
    db.flush()
    return raw


def actor(db: Session, role: str = "officer", province_code: str | None = "68") -> Actor:
    return Actor.of(user(db, role=role, province_code=province_code))
