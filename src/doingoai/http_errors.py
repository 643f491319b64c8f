"""HTTP side of the error catalogue: every error leaves the API in the catalogue's JSON shape."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from doingoai.errors import CATALOGUE, DomainError, translate_validation_errors


def validation_response(errors: list[dict[str, Any]]) -> JSONResponse:
    details = translate_validation_errors(errors)
    first = details[0] if details else {"field": None, "message_vi": "", "message_en": ""}
    kind = CATALOGUE["validation_error"]
    body = {"error": {
        "code": kind.code,
        "message_vi": kind.vi.format(detail=f"{first['field']}: {first['message_vi']}"),
        "message_en": kind.en.format(detail=f"{first['field']}: {first['message_en']}"),
        "field": first["field"],
        "details": details,
    }}
    return JSONResponse(body, status_code=kind.status)


def install_handlers(app: FastAPI) -> None:
    """Every error leaves the API in the catalogue's JSON shape — never a bare 500 page."""

    @app.exception_handler(DomainError)
    async def _domain(_: Request, exc: DomainError) -> JSONResponse:
        return JSONResponse(exc.to_json(), status_code=exc.kind.status)

    @app.exception_handler(RequestValidationError)
    async def _request_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_response(list(exc.errors()))

    @app.exception_handler(ValidationError)
    async def _validation(_: Request, exc: ValidationError) -> JSONResponse:
        return validation_response(list(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "route_not_found", 405: "method_not_allowed", 401: "not_authenticated"}.get(exc.status_code)
        if code:
            kind = CATALOGUE[code]
            body = {"error": {"code": kind.code, "message_vi": kind.vi, "message_en": kind.en, "field": None}}
        else:
            body = {"error": {"code": f"http_{exc.status_code}", "message_vi": str(exc.detail),
                              "message_en": str(exc.detail), "field": None}}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))
