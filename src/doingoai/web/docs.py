"""The API documentation, served from the vendored Swagger UI (no CDN, no validator badge).

ReDoc is left out on purpose: its bundle always loads a logo from the internet.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from doingoai.accounts.security import Actor
from doingoai.core.deps import optional_actor
from doingoai.web.pages import templates

router = APIRouter(include_in_schema=False)


@router.get("/api/docs", response_class=HTMLResponse)
def swagger(request: Request, actor: Annotated[Actor | None, Depends(optional_actor)]) -> HTMLResponse:
    # Signed in through the pages, "Try it out" writes carry the session's CSRF token like our forms.
    return HTMLResponse(templates.get_template("docs/swagger.html").render(
        title=request.app.title, openapi_url=request.app.openapi_url, csrf_token=actor.csrf_token if actor else ""))
