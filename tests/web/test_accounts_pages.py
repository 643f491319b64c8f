"""Signing in and out through the pages, CSRF, the language switch, and the administrators' user list."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from doingoai.accounts.models import BrowserSession, User
from doingoai.accounts.security import SESSION_COOKIE
from doingoai.web.i18n import LANG_COOKIE
from doingoai.web.pages import LOGIN_CSRF_COOKIE
from tests import factories
from tests.web.conftest import field_error, text_of


def _login_form(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    assert page.status_code == 200
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def test_a_page_needs_a_signed_in_user(anonymous):
    response = anonymous.get("/partners?kind=company", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fpartners%3Fkind%3Dcompany"


def test_sign_in_and_out(anonymous, db):
    user = factories.user(db, role="officer", province_code="68", username="lan")
    db.commit()
    token = _login_form(anonymous)
    response = anonymous.post("/login", data={"username": "LAN", "password": factories.PASSWORD, "csrf_token": token,
                                              "next": "/partners"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/partners"
    cookie = response.cookies.get(SESSION_COOKIE)
    assert cookie and "httponly" in response.headers["set-cookie"].lower()
    home = anonymous.get("/")
    assert home.status_code == 200 and "lan" in home.text and "Tổng quan" in home.text

    csrf = re.search(r'name="csrf_token" value="([^"]+)"', home.text).group(1)
    assert anonymous.post("/logout", data={}, follow_redirects=False).status_code == 403  # no token: refused
    assert anonymous.get("/", follow_redirects=False).status_code == 200  # still signed in
    out = anonymous.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    assert db.scalar(select(func.count()).select_from(BrowserSession).where(BrowserSession.user_id == user.id)) == 0
    anonymous.cookies.set(SESSION_COOKIE, cookie)  # the old cookie is worth nothing now
    assert anonymous.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_wrong_password_is_refused_in_the_readers_language(anonymous, db):
    factories.user(db, username="minh")
    db.commit()
    token = _login_form(anonymous)
    response = anonymous.post("/login", data={"username": "minh", "password": "sai-mat-khau", "csrf_token": token})
    assert response.status_code == 401
    assert "Sai tên đăng nhập hoặc mật khẩu." in response.text
    assert SESSION_COOKIE not in response.cookies

    token = _login_form(anonymous, "/login?lang=en")
    response = anonymous.post("/login", data={"username": "minh", "password": "nope", "csrf_token": token})
    assert response.status_code == 401 and "Wrong username or password." in response.text


def test_sign_in_without_the_forms_token_is_refused(anonymous, db):
    factories.user(db, username="hoa")
    db.commit()
    response = anonymous.post("/login", data={"username": "hoa", "password": factories.PASSWORD})
    assert response.status_code == 403
    assert SESSION_COOKIE not in response.cookies
    anonymous.cookies.set(LOGIN_CSRF_COOKIE, "one", path="/login")
    forged = anonymous.post("/login", data={"username": "hoa", "password": factories.PASSWORD, "csrf_token": "another"})
    assert forged.status_code == 403 and SESSION_COOKIE not in forged.cookies


def test_sign_in_goes_back_only_to_this_site(anonymous, db):
    factories.user(db, username="tuan")
    db.commit()
    for target in ("https://example.org/", "//example.org/", "/\\example.org"):
        anonymous.cookies.clear()
        token = _login_form(anonymous)
        response = anonymous.post("/login", data={"username": "tuan", "password": factories.PASSWORD,
                                                  "csrf_token": token, "next": target}, follow_redirects=False)
        assert response.headers["location"] == "/", target


def test_language_switch_for_anonymous_and_signed_in_pages(anonymous, browser_for):
    assert 'lang="vi"' in anonymous.get("/login").text
    english = anonymous.get("/login?lang=en")
    assert 'lang="en"' in english.text and "Username" in english.text
    assert english.cookies.get(LANG_COOKIE) == "en"
    assert "Username" in anonymous.get("/login").text  # remembered

    officer = browser_for("officer", "68")
    assert "Đối tác" in officer.get("/partners").text  # the user's setting: Vietnamese
    page = officer.get("/partners?lang=en")
    assert "Partners" in page.text and "New partner" in page.text and "Đối tác" not in text_of(page.text)

    english_user = browser_for("officer", "68", language="en")
    assert "New partner" in english_user.get("/partners").text


def test_administrator_lists_adds_and_disables_users(browser_for, db):
    admin = browser_for("admin", "68")
    other = factories.user(db, role="officer", province_code="01", username="hanoi-user")
    db.commit()
    listing = admin.get("/admin/users")
    assert listing.status_code == 200 and admin.user.username in listing.text
    assert "hanoi-user" not in listing.text  # another province's accounts are not shown

    bad = admin.post("/admin/users", data={"csrf_token": admin.csrf, "username": "x", "full_name": "",
                                            "password": "short", "role": "officer", "language": "vi"})
    assert bad.status_code == 422
    assert field_error(bad.text, "username") == "Sai định dạng"
    assert field_error(bad.text, "password") == "Quá ngắn (tối thiểu 8 ký tự)"
    assert db.scalar(select(func.count()).select_from(User).where(User.username == "x")) == 0

    created = admin.post("/admin/users", data={"csrf_token": admin.csrf, "username": "thu.nguyen",
                                                "full_name": "Nguyễn Thu", "password": "mat-khau-moi-123",
                                                "role": "officer", "language": "vi"})
    assert created.status_code == 303
    user = db.scalar(select(User).where(User.username == "thu.nguyen"))
    assert user.province_code == "68" and user.active

    assert admin.post(f"/admin/users/{user.id}/active", data={"active": "0"}).status_code == 403  # CSRF
    admin.post(f"/admin/users/{user.id}/active", data={"csrf_token": admin.csrf, "active": "0"})
    db.refresh(user)
    assert not user.active
    assert admin.post(f"/admin/users/{other.id}/active",
                      data={"csrf_token": admin.csrf, "active": "0"}).status_code in (403, 404)


def test_only_administrators_see_the_user_pages(officer_page):
    response = officer_page.get("/admin/users")
    assert response.status_code == 403
    assert "Bạn không có quyền quản lý người dùng." in response.text
    assert "/admin/users" not in officer_page.get("/").text  # not in the menu either
