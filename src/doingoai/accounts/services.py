"""Users, sign-in, sessions and tokens. Every change to an account is audited like any record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from doingoai.accounts.models import ApiToken, BrowserSession, Role, User
from doingoai.accounts.schemas import UserCreate, UserUpdate
from doingoai.accounts.security import Actor, digest, hash_password, new_token, verify_password
from doingoai.audit import services as audit
from doingoai.errors import DomainError, Forbidden, NotFound


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything we store is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _require_admin_over(actor: Actor, province_code: str | None) -> None:
    if not actor.can_manage_users:
        raise Forbidden("quản lý người dùng", "manage users")
    if not actor.is_ministry and province_code != actor.province_code:
        raise DomainError("other_province", field="province_code")


def create_user(session: Session, actor: Actor, data: UserCreate) -> User:
    _require_admin_over(actor, data.province_code)
    if session.scalar(select(User.id).where(func.lower(User.username) == data.username.lower())):
        raise DomainError("conflict_duplicate", field="username", detail=data.username)
    user = User(
        username=data.username,
        full_name=data.full_name,
        email=data.email,
        password_hash=hash_password(data.password),
        role=data.role,
        province_code=data.province_code,
        language=data.language,
    )
    session.add(user)
    session.flush()
    audit.record(session, actor, "create", "user", user.id, user.province_code,
                 {"username": user.username, "role": user.role, "province_code": user.province_code})
    return user


def get_user(session: Session, actor: Actor, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or not actor.sees_province(user.province_code):
        raise NotFound("người dùng", user_id)
    return user


def list_users(session: Session, actor: Actor) -> list[User]:
    if not actor.can_manage_users:
        raise Forbidden("xem danh sách người dùng", "list users")
    stmt = select(User).order_by(User.username)
    if not actor.is_ministry:
        stmt = stmt.where(User.province_code == actor.province_code)
    return list(session.scalars(stmt))


def update_user(session: Session, actor: Actor, user_id: int, data: UserUpdate) -> User:
    user = get_user(session, actor, user_id)
    _require_admin_over(actor, user.province_code)
    values = data.model_dump(exclude_unset=True)
    changes: dict[str, object] = {}
    if "password" in values:
        user.password_hash = hash_password(values.pop("password"))
        changes["password"] = "changed"
    for key, value in values.items():
        if getattr(user, key) != value:
            changes[key] = [getattr(user, key), value]
            setattr(user, key, value)
    if not user.active:  # a disabled account is signed out everywhere at once
        session.execute(delete(BrowserSession).where(BrowserSession.user_id == user.id))
    audit.record(session, actor, "update", "user", user.id, user.province_code, changes)
    return user


def authenticate(session: Session, username: str, password: str) -> User:
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    # Verify even for unknown users so that timing does not reveal which usernames exist.
    ok = verify_password(user.password_hash if user else _DUMMY_HASH, password)
    if user is None or not ok or not user.active:
        raise DomainError("bad_credentials")
    return user


_DUMMY_HASH = hash_password("not-a-real-password")


def start_session(session: Session, user: User, hours: int) -> tuple[str, str]:
    """A new browser session; returns the cookie value and the CSRF token for its forms."""
    token, token_hash = new_token()
    csrf, _ = new_token()
    now = _now()
    session.add(BrowserSession(user_id=user.id, token_hash=token_hash, csrf_token=csrf,
                               created_at=now, expires_at=now + timedelta(hours=hours)))
    session.execute(delete(BrowserSession).where(BrowserSession.expires_at < now))
    audit.record(session, Actor.of(user), "login", "user", user.id, user.province_code)
    return token, csrf


def end_session(session: Session, cookie: str) -> None:
    session.execute(delete(BrowserSession).where(BrowserSession.token_hash == digest(cookie)))


def user_for_session(session: Session, cookie: str) -> tuple[User, str] | None:
    row = session.scalar(select(BrowserSession).where(BrowserSession.token_hash == digest(cookie)))
    if row is None or _aware(row.expires_at) < _now() or not row.user.active:
        return None
    return row.user, row.csrf_token


def create_token(session: Session, actor: Actor, user: User, name: str, days: int | None) -> tuple[str, ApiToken]:
    if actor.user_id != user.id:
        _require_admin_over(actor, user.province_code)
    token, token_hash = new_token()
    row = ApiToken(user_id=user.id, name=name, token_hash=token_hash,
                   expires_at=_now() + timedelta(days=days) if days else None)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "api_token", row.id, user.province_code, {"user": user.username, "name": name})
    return token, row


def revoke_token(session: Session, actor: Actor, token_id: int) -> None:
    row = session.get(ApiToken, token_id)
    if row is None or (row.user_id != actor.user_id and not actor.can_manage_users):
        raise NotFound("mã truy cập", token_id)
    if not actor.sees_province(row.user.province_code):
        raise DomainError("other_province")
    row.revoked = True
    audit.record(session, actor, "revoke", "api_token", row.id, row.user.province_code)


def user_for_token(session: Session, token: str) -> User | None:
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == digest(token)))
    if row is None or row.revoked or not row.user.active:
        return None
    if row.expires_at is not None and _aware(row.expires_at) < _now():
        return None
    row.last_used_at = _now()
    return row.user


def roles() -> list[Role]:
    return list(Role)
