"""The web interface's shared parts: layout, static files, templates, language, formatting.

`install(app)` is called by the application factory once every domain's routes are included. It
serves /static (our CSS and the vendored htmx and Swagger UI, committed, never a CDN), the
dashboard at /, the API documentation at /api/docs, HTML error pages for the
pages (JSON errors stay JSON under /api/), the `?lang=` cookie and the pages' security headers.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from doingoai.errors import CATALOGUE, DomainError
from doingoai.web import i18n
from doingoai.web.pages import WEB_DIR, LoginRequired, Page, templates

log = logging.getLogger("doingoai.web")

# Pages load nothing from elsewhere: the browser itself refuses any other origin.
PAGE_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
               "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
# Swagger UI sets inline styles.
DOCS_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
               "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") and not request.url.path.startswith("/api/docs")


def install(app: FastAPI) -> None:
    from doingoai.web import dashboard, docs

    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.include_router(dashboard.router)
    app.include_router(docs.router)
    _install_error_pages(app)

    @app.middleware("http")
    async def _headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        asked = request.query_params.get("lang")
        if asked in i18n.LANGUAGES and not is_api(request):
            response.set_cookie(i18n.LANG_COOKIE, asked, max_age=365 * 24 * 3600, samesite="lax", path="/")
        if response.headers.get("content-type", "").startswith("text/html"):
            docs_page = request.url.path.startswith("/api/docs")
            response.headers.setdefault("Content-Security-Policy", DOCS_POLICY if docs_page else PAGE_POLICY)
            response.headers.setdefault("X-Frame-Options", "DENY")
            response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


def _error_page(request: Request, status: int, message_vi: str, message_en: str, title_vi: str | None = None) -> HTMLResponse:
    page: Page | None = getattr(request.state, "page", None)
    if page is None:
        default = request.app.state.settings.language
        page = Page(request, None, None, i18n.negotiate(request, None, default))  # type: ignore[arg-type]
    title = page._(title_vi or ("Không tìm thấy trang" if status == 404 else "Lỗi"))
    return page.render("errors/error.html", status=status, status_code=status, title=title,
                       message=message_vi if page.lang == "vi" else message_en)


def _install_error_pages(app: FastAPI) -> None:
    """Pages get HTML errors in the reader's language; the API keeps the catalogue's JSON."""
    json_handlers = dict(app.exception_handlers)

    async def _delegate(request: Request, exc: Exception) -> Response:
        handler = json_handlers.get(type(exc)) or next(
            (h for cls, h in json_handlers.items() if isinstance(cls, type) and isinstance(exc, cls)), None)
        if handler is None:
            raise exc
        return await handler(request, exc)

    def _login(request: Request) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        return _login(request)

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> Response:
        if is_api(request):
            return await _delegate(request, exc)
        if exc.kind.code == "not_authenticated":
            return _login(request)
        return _error_page(request, exc.kind.status, exc.message_vi, exc.message_en)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return await _delegate(request, exc)
        kind = CATALOGUE["route_not_found"]
        return _error_page(request, 404, kind.vi, kind.en)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if is_api(request):
            return await _delegate(request, exc)
        code = {404: "route_not_found", 405: "method_not_allowed"}.get(exc.status_code)
        kind = CATALOGUE[code] if code else None
        return _error_page(request, exc.status_code, kind.vi if kind else str(exc.detail),
                           kind.en if kind else str(exc.detail))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        kind = CATALOGUE["internal_error"]
        if is_api(request):
            body = {"error": {"code": kind.code, "message_vi": kind.vi, "message_en": kind.en, "field": None}}
            return JSONResponse(body, status_code=500)
        return _error_page(request, 500, kind.vi, kind.en)


__all__ = ["install", "templates"]
