"""Schema building blocks shared by the record domains.

Inputs refuse unknown fields, trim and NFC-normalise text, and validate codes against the
reference data (ISO countries and currencies, the 34 provinces). An Update schema is derived from
its Create schema, so the two can never drift apart: every field optional, plus the `version`
the client last saw.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, create_model, field_validator

from doingoai.errors import bilingual
from doingoai.text import nfc


def _nfc_deep(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_deep(v) for v in value]
    return value


class Strict(BaseModel):
    """Base of every input: unknown fields are an error, text is NFC and trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _normalise_text(cls, value: Any) -> Any:
        return _nfc_deep(value)


def _country(code: str) -> str:
    from doingoai.reference import services as ref

    code = code.upper()
    if ref.country(code) is None:
        raise bilingual("country_code", f"'{code}' is not an ISO 3166-1 country code",
                        f"'{code}' không phải mã quốc gia ISO 3166-1")
    return code


def _currency(code: str) -> str:
    from doingoai.reference import services as ref

    code = code.upper()
    if not ref.is_currency(code):
        raise bilingual("currency_code", f"'{code}' is not an ISO 4217 currency code",
                        f"'{code}' không phải mã tiền tệ ISO 4217")
    return code


def _province(code: str) -> str:
    from doingoai.reference import services as ref

    if ref.province(code, era="2025") is None:
        raise bilingual("province_code", f"'{code}' is not the code of one of the 34 provinces",
                        f"'{code}' không phải mã của một trong 34 tỉnh, thành phố")
    return code


def _subdivision(code: str) -> str:
    from doingoai.reference import services as ref

    code = code.upper()
    if ref.subdivision(code) is None:
        raise bilingual("subdivision_code", f"'{code}' is not an ISO 3166-2 code",
                        f"'{code}' không phải mã ISO 3166-2")
    return code


CountryCode = Annotated[str, StringConstraints(min_length=2, max_length=2), AfterValidator(_country)]
CurrencyCode = Annotated[str, StringConstraints(min_length=3, max_length=3), AfterValidator(_currency)]
ProvinceCode = Annotated[str, StringConstraints(pattern=r"^\d{2}$"), AfterValidator(_province)]
SubdivisionCode = Annotated[str, StringConstraints(max_length=10), AfterValidator(_subdivision)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=300)]
ShortText = Annotated[str, StringConstraints(max_length=200)]
Text = Annotated[str, StringConstraints(max_length=20_000)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]
Money = Annotated[Decimal, Field(ge=0, le=Decimal("1e15"), max_digits=20, decimal_places=2)]
Progress = Annotated[int, Field(ge=0, le=100)]
# A country in a list's filters: any case accepted, compared upper-case.
CountryFilter = Annotated[str, StringConstraints(min_length=2, max_length=2, to_upper=True)]


class RecordCreate(Strict):
    # Omitted by provincial users (their own province is used); required of ministry users.
    province_code: ProvinceCode | None = None
    restricted: bool = False


class RecordPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    province_code: str
    restricted: bool
    version: int
    created_at: datetime
    updated_at: datetime


class ChildPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int


class ListQuery(Strict):
    """Query parameters every list accepts; domains add their own filters."""

    q: str | None = Field(None, max_length=200, description="Free text, diacritics-insensitive")
    date_from: date | None = Field(None, description="Period start (inclusive)")
    date_to: date | None = Field(None, description="Period end (inclusive)")
    province: str | None = Field(None, pattern=r"^\d{2}$", description="Ministry users: one province")
    sort: str | None = Field(None, max_length=40, description="Field name, '-' prefix for descending")
    page: int = Field(1, ge=1, le=1_000_000)
    per_page: int = Field(50, ge=1, le=500)


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int


def _allows_none(annotation: Any) -> bool:
    return annotation is None or type(None) in get_args(annotation)


def _refuse_null(value: Any) -> Any:
    if value is None:
        raise bilingual("null_not_allowed", "may be left out but not set to null",
                        "có thể bỏ qua nhưng không được đặt là null")
    return value


def make_update_schema(create: type[BaseModel], name: str) -> type[BaseModel]:
    """Every field of `create` made optional (PATCH), plus the version the editor started from.

    A field keeps its constraints (lengths, bounds, code checks): pydantic moves those of a
    required field into `metadata`, so they are put back. A field that may not be empty in the
    Create schema may be left out of a PATCH but not sent as null.
    """
    fields: dict[str, Any] = {}
    not_null: list[str] = []
    for field_name, info in create.model_fields.items():
        if field_name == "province_code":  # a record does not move between provinces
            continue
        annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
        if not _allows_none(info.annotation):
            not_null.append(field_name)
        fields[field_name] = (annotation | None, Field(None, description=info.description))
    fields["version"] = (int, Field(ge=1, description="The version you read; a newer one gives 409"))
    validators = {}
    if not_null:
        validators["_not_null"] = field_validator(*not_null, mode="after")(lambda cls, value: _refuse_null(value))
    return create_model(name, __base__=Strict, __validators__=validators, **fields)
