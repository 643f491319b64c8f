"""What every page handler needs: the templates, the request's user and language, CSRF, redirects.

A view declares `page: PageDep` (signed-in users; others are sent to /login) or `page: AnonPageDep`
and, for a form post, `form: FormDep` (the posted fields, after the CSRF check). It calls services
with `page.actor`, then `page.render(...)` or `page.redirect(...)`.

Templates are found by name: `layout.html`, `records/list.html`… in web/templates, and
`<domain>/<file>` in that domain package's own `templates/` folder (`partners/detail.html` is
src/doingoai/partners/templates/detail.html).
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, TemplateNotFound, pass_context, select_autoescape
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from doingoai.accounts.security import Actor, Role
from doingoai.core.deps import SessionDep, optional_actor
from doingoai.errors import DomainError
from doingoai.web import format as fmt
from doingoai.web import i18n

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # src/doingoai
WEB_DIR = Path(__file__).resolve().parent
FLASH_COOKIE = "doingoai_flash"
LOGIN_CSRF_COOKIE = "doingoai_login_csrf"


class DomainTemplates(BaseLoader):
    """`<domain>/<file>` -> src/doingoai/<domain>/templates/<file>: each domain keeps its own pages."""

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Any]:
        domain, _, rest = template.partition("/")
        if not rest or not domain.isidentifier():
            raise TemplateNotFound(template)
        return FileSystemLoader(PACKAGE_DIR / domain / "templates").get_source(environment, rest)


class LoginRequired(Exception):
    """A page needs a signed-in user: the handler in web/ sends the browser to /login."""


@pass_context
def _gettext(ctx: Any, msgid: str, **params: Any) -> str:
    return i18n.gettext(ctx.get("lang", "vi"), msgid, **params)


@pass_context
def _delegations(ctx: Any, count: int, people: int) -> str:
    return fmt.delegations(count, people, ctx.get("lang", "vi"))


@pass_context
def _country(ctx: Any, code: str | None) -> str:
    return fmt.country_name(code, ctx.get("lang", "vi"))


def _build_env() -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(WEB_DIR / "templates"), DomainTemplates()]),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["_"] = _gettext
    env.filters.update(fmt.FILTERS)
    env.filters["delegations"] = _delegations
    env.filters["country"] = _country
    return env


templates = _build_env()

ROLE_LABELS = {Role.admin: "Quản trị", Role.officer: "Cán bộ", Role.leader: "Lãnh đạo", Role.guest: "Khách"}

# The main navigation, in the order the domains' views are included: (path, Vietnamese label, who sees
# it: None for every signed-in user, "admin" for user managers, "staff" for all but guests).
@dataclass(frozen=True)
class NavEntry:
    path: str
    label: str  # Vietnamese
    need: str | None = None
    also: tuple[str, ...] = ()  # other addresses that belong to the entry (its tabs)

    def current(self, path: str) -> bool:
        return any(path == p or path.startswith(p + "/") for p in (self.path, *self.also))


NAV: list[NavEntry] = []


def register_nav(path: str, label: str, need: str | None = None, also: tuple[str, ...] = ()) -> None:
    if all(entry.path != path for entry in NAV):
        NAV.append(NavEntry(path, label, need, also))
        NAV.sort(key=lambda e: e.need == "admin")  # administration comes after the records


def _visible(entry: NavEntry, actor: Actor | None) -> bool:
    need = entry.need
    if actor is None:
        return False
    return need is None or (need == "admin" and actor.can_manage_users) or (need == "staff" and actor.can_read_restricted)


@dataclass
class Page:
    request: Request
    session: Session
    actor: Actor | None
    lang: str
    extra: dict[str, Any] = field(default_factory=dict)

    def _(self, msgid: str, **params: Any) -> str:
        return i18n.gettext(self.lang, msgid, **params)

    @property
    def settings(self) -> Any:
        return self.request.app.state.settings

    def url_with(self, **changes: Any) -> str:
        """This page's address with some query parameters changed (None removes one)."""
        params = dict(self.request.query_params)
        params.pop("lang", None)
        for key, value in changes.items():
            if value is None or value == "":
                params.pop(key, None)
            else:
                params[key] = str(value)
        query = urlencode(params)
        return self.request.url.path + ("?" + query if query else "")

    def lang_url(self, code: str) -> str:
        """This page in another language (the choice is remembered in a cookie)."""
        params = dict(self.request.query_params)
        params["lang"] = code
        return self.request.url.path + "?" + urlencode(params)

    def context(self, **values: Any) -> dict[str, Any]:
        flash = self.request.cookies.get(FLASH_COOKIE)
        return {
            "request": self.request,
            "page": self,
            "actor": self.actor,
            "lang": self.lang,
            "settings": self.settings,
            "csrf_token": self.actor.csrf_token if self.actor else None,
            "nav": [entry for entry in NAV if _visible(entry, self.actor)],
            "role_label": ROLE_LABELS.get(self.actor.role) if self.actor else None,
            "flash": FLASH_MESSAGES.get(flash or ""),
            "path": self.request.url.path,
            **self.extra,
            **values,
        }

    def render(self, template: str | list[str], status: int = 200, **values: Any) -> HTMLResponse:
        tpl = templates.select_template([template] if isinstance(template, str) else template)
        response = HTMLResponse(tpl.render(self.context(**values)), status_code=status)
        if FLASH_COOKIE in self.request.cookies:
            response.delete_cookie(FLASH_COOKIE, path="/")
        return response

    def redirect(self, url: str, flash: str | None = None) -> RedirectResponse:
        response = RedirectResponse(url, status_code=303)
        if flash:
            response.set_cookie(FLASH_COOKIE, flash, max_age=60, httponly=True, samesite="lax", path="/")
        return response


# Short messages shown once after a redirect; the cookie carries only the key.
FLASH_MESSAGES = {
    "saved": "Đã lưu.",
    "created": "Đã tạo bản ghi.",
    "deleted": "Đã xóa bản ghi.",
    "logged_out": "Bạn đã đăng xuất.",
}


def _language(request: Request, actor: Actor | None) -> str:
    return i18n.negotiate(request, actor, request.app.state.settings.language)


def anonymous_page(request: Request, session: SessionDep,
                   actor: Annotated[Actor | None, Depends(optional_actor)]) -> Page:
    page = Page(request, session, actor, _language(request, actor))
    request.state.page = page  # the error pages use it too
    return page


def user_page(page: Annotated[Page, Depends(anonymous_page)]) -> Page:
    if page.actor is None:
        raise LoginRequired()
    return page


AnonPageDep = Annotated[Page, Depends(anonymous_page)]
PageDep = Annotated[Page, Depends(user_page)]


async def checked_form(request: Request, actor: Annotated[Actor | None, Depends(optional_actor)]) -> FormData:
    """The posted form, once it has proved it comes from one of our pages.

    A browser sends the session cookie on its own, so a form post must also carry the session's
    CSRF token (hidden field `csrf_token`, or the `X-CSRF-Token` header htmx adds). Scripts using a
    bearer token have no session and need none.
    """
    form = await request.form()
    if actor is None:
        raise LoginRequired()
    if actor.csrf_token is not None:
        sent = str(form.get("csrf_token") or request.headers.get("x-csrf-token") or "")
        if not hmac.compare_digest(sent, actor.csrf_token):
            raise DomainError("csrf")
    return form


FormDep = Annotated[FormData, Depends(checked_form)]


async def posted_form(request: Request) -> FormData:
    """The posted form of a page that checks its own CSRF token (signing in)."""
    return await request.form()


RawFormDep = Annotated[FormData, Depends(posted_form)]


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def safe_next(target: str | None) -> str:
    """Where to go after signing in: only a path on this site (never `//elsewhere` or a full URL)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
