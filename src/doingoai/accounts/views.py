"""Pages of the accounts domain: signing in and out, and the administrators' user list."""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from doingoai.accounts import services
from doingoai.accounts.models import Role
from doingoai.accounts.schemas import UserCreate, UserUpdate
from doingoai.accounts.security import SESSION_COOKIE
from doingoai.errors import DomainError, Forbidden, translate_validation_errors
from doingoai.web import forms
from doingoai.web.pages import (
    LOGIN_CSRF_COOKIE, ROLE_LABELS, AnonPageDep, FormDep, Page, PageDep, RawFormDep, new_login_csrf, register_nav,
    safe_next,
)
from doingoai.web.records import error_text

router = APIRouter(include_in_schema=False)
register_nav("/admin/users", "Người dùng", need="admin")

LABELS = {
    "username": "Tên đăng nhập",
    "full_name": "Họ và tên",
    "email": "Thư điện tử",
    "password": "Mật khẩu",
    "role": "Vai trò",
    "province_code": "Mã tỉnh (bỏ trống: cấp bộ)",
    "language": "Ngôn ngữ",
}
USER_FIELDS = forms.fields_of(UserCreate, LABELS, widgets={"password": "password"})


# ------------------------------------------------------------------ sign in / out
def _login_page(page: Page, *, error: str | None = None, username: str = "", next_url: str = "/",
                status: int = 200) -> HTMLResponse:
    token = new_login_csrf()
    response = page.render("accounts/login.html", status=status, error=error, username=username,
                           next_url=safe_next(next_url), login_csrf=token)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/login",
                        secure=page.request.url.scheme == "https")
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(page: AnonPageDep, next: str = "/") -> Response:  # noqa: A002 - the query parameter's name
    if page.actor is not None:
        return page.redirect(safe_next(next))
    return _login_page(page, next_url=next)


@router.post("/login", response_class=HTMLResponse)
def login(page: AnonPageDep, form: RawFormDep) -> Response:
    username = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    next_url = safe_next(str(form.get("next") or "/"))
    # Signing in from a page of another site must not be possible (login CSRF): the form carries the
    # token the login page set in a cookie only this site's pages can read.
    expected = page.request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, str(form.get("csrf_token") or "")):
        kind = DomainError("csrf")
        return _login_page(page, error=kind.message_vi if page.lang == "vi" else kind.message_en,
                           username=username, next_url=next_url, status=403)
    try:
        user = services.authenticate(page.session, username, password)
    except DomainError as exc:
        return _login_page(page, error=exc.message_vi if page.lang == "vi" else exc.message_en,
                           username=username, next_url=next_url, status=401)
    settings = page.settings
    cookie, _csrf = services.start_session(page.session, user, settings.session_hours)
    page.session.commit()
    response = page.redirect(next_url)
    response.set_cookie(SESSION_COOKIE, cookie, max_age=settings.session_hours * 3600, httponly=True,
                        samesite="lax", secure=page.request.url.scheme == "https", path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(page: PageDep, form: FormDep) -> Response:
    cookie = page.request.cookies.get(SESSION_COOKIE)
    if cookie:
        services.end_session(page.session, cookie)
        page.session.commit()
    response = page.redirect("/login", flash="logged_out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# ------------------------------------------------------------------ administrators: users
def _require_admin(page: Page) -> None:
    if page.actor is None or not page.actor.can_manage_users:
        raise Forbidden("quản lý người dùng", "manage users")


def _users_page(page: Page, values: dict[str, Any] | None = None, errors: dict[str, str] | None = None,
                message: str | None = None, status: int = 200) -> HTMLResponse:
    users = services.list_users(page.session, page.actor)  # type: ignore[arg-type]
    fields = [f for f in USER_FIELDS if f.name != "province_code" or page.actor.is_ministry]  # type: ignore[union-attr]
    choices = {
        "role": [(r.value, page._(ROLE_LABELS[r])) for r in Role],
        "language": [("vi", "Tiếng Việt"), ("en", "English")],
    }
    return page.render("accounts/users.html", status=status, users=users, fields=fields, choices=choices,
                       values=values or {"language": page.lang, "role": "officer"}, errors=errors or {},
                       message=message, role_labels=ROLE_LABELS)


@router.get("/admin/users", response_class=HTMLResponse)
def users(page: PageDep) -> Response:
    _require_admin(page)
    return _users_page(page)


@router.post("/admin/users", response_class=HTMLResponse)
def create_user(page: PageDep, form: FormDep) -> Response:
    _require_admin(page)
    actor = page.actor
    assert actor is not None
    fields = [f for f in USER_FIELDS if f.name != "province_code" or actor.is_ministry]
    parsed = forms.parse(fields, form, page.lang)
    values = {k: v for k, v in parsed.values.items() if v is not None}
    if not actor.is_ministry:
        values["province_code"] = actor.province_code  # a provincial administrator adds users of the province
    errors = dict(parsed.errors)
    shown = {k: v for k, v in parsed.raw.items() if k != "password"}
    try:
        data = UserCreate.model_validate(values)
    except ValidationError as exc:
        for d in translate_validation_errors(list(exc.errors())):
            errors.setdefault(d["field"], d["message_vi"] if page.lang == "vi" else d["message_en"])
        return _users_page(page, shown, errors, status=422)
    try:
        services.create_user(page.session, actor, data)
        page.session.commit()
    except DomainError as exc:
        page.session.rollback()
        if exc.field:
            errors[exc.field] = error_text(exc, page.lang)
            return _users_page(page, shown, errors, status=exc.kind.status)
        return _users_page(page, shown, errors, message=exc.message_vi if page.lang == "vi" else exc.message_en,
                           status=exc.kind.status)
    return page.redirect("/admin/users", flash="saved")


@router.post("/admin/users/{user_id}/active")
def set_active(user_id: int, page: PageDep, form: FormDep) -> Response:
    _require_admin(page)
    active = form.get("active") == "1"
    services.update_user(page.session, page.actor, user_id, UserUpdate(active=active))  # type: ignore[arg-type]
    page.session.commit()
    return page.redirect("/admin/users", flash="saved")
