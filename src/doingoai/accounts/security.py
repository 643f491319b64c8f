"""Who is asking: the Actor every service receives, and how a request proves it.

A request authenticates with `Authorization: Bearer <token>` (scripts) or the session cookie
(browsers). Services never look at requests; they receive an Actor and apply its rights.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from doingoai.accounts.models import Role, User

SESSION_COOKIE = "doingoai_session"
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: Role
    province_code: str | None  # None: ministry level, sees every province
    language: str = "vi"
    csrf_token: str | None = None

    @classmethod
    def of(cls, user: User, csrf_token: str | None = None) -> Actor:
        return cls(user.id, user.username, user.role, user.province_code, user.language, csrf_token)

    @property
    def is_ministry(self) -> bool:
        return self.province_code is None

    @property
    def can_edit(self) -> bool:
        return self.role in (Role.admin, Role.officer)

    @property
    def can_read_restricted(self) -> bool:
        return self.role is not Role.guest

    @property
    def can_manage_users(self) -> bool:
        return self.role is Role.admin

    def sees_province(self, code: str | None) -> bool:
        return self.is_ministry or code == self.province_code


# The actor of commands run on the server itself (init, demo, imports): ministry-level admin.
SYSTEM = Actor(user_id=None, username="system", role=Role.admin, province_code=None)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> tuple[str, str]:
    """A random token and the SHA-256 digest we keep of it."""
    token = secrets.token_urlsafe(32)
    return token, digest(token)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
