"""How numbers, dates and money read on a page: Vietnamese conventions, whatever the language.

Numbers take a decimal comma and a dot for thousands (`1.234.567,89`), dates are dd/mm/yyyy,
times are shown in Vietnam time (UTC+7, no daylight saving). The interface language changes the
words ("đoàn"/"delegations"), not the number conventions, so a figure reads the same in a
Vietnamese and an English page and in the reports. Parsing goes the other way for what people type.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from babel import Locale
from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

LOCALE = "vi"
VIETNAM_TIME = timezone(timedelta(hours=7), "ICT")


def number(value: Any, digits: int | None = None) -> str:
    """`1234567.891` -> `1.234.567,891`; with `digits`, exactly that many decimals."""
    if value is None or value == "":
        return ""
    if digits is not None:
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(value, format=pattern, locale=LOCALE, decimal_quantization=True)
    return format_decimal(value, format="#,##0.###", locale=LOCALE, decimal_quantization=False)


def money(value: Any, currency: str | None = "USD") -> str:
    """`1234567.5, 'USD'` -> `1.234.567,50 US$`; VND has no decimals: `1.234.567 ₫`."""
    if value is None or value == "":
        return ""
    if not currency:
        return number(value)
    return format_currency(value, currency, locale=LOCALE)


def vn_date(value: Any) -> str:
    """A date (or a moment, read in Vietnam time) as dd/mm/yyyy."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = local(value).date()
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def local(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # stored as UTC; SQLite drops the zone
    return aware.astimezone(VIETNAM_TIME)


def vn_datetime(value: Any) -> str:
    """A moment as dd/mm/yyyy HH:MM in Vietnam time."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return vn_date(value)
    moment = local(value)
    return f"{vn_date(moment)} {moment:%H:%M}"


def delegations(count: int, people: int, lang: str = "vi") -> str:
    """The statutory way to count delegations: "19 đoàn/58 lượt"."""
    if lang == "en":
        return f"{number(count)} delegations/{number(people)} person-trips"
    return f"{number(count)} đoàn/{number(people)} lượt"


def country_name(code: str | None, lang: str = "vi") -> str:
    if not code:
        return ""
    return Locale.parse(lang).territories.get(code.upper(), code)


def countries(lang: str = "vi") -> list[tuple[str, str]]:
    """ISO 3166-1 alpha-2 codes with their names in the language, sorted as a person reads them."""
    from doingoai.text import fold

    names = Locale.parse(lang).territories
    pairs = [(code, name) for code, name in names.items() if len(code) == 2 and code.isalpha()
             and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ")]
    return sorted(pairs, key=lambda p: fold(p[1]))


# ------------------------------------------------------------------ what people type
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VN_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str) -> date:
    """dd/mm/yyyy (also d/m/yyyy, dd.mm.yyyy) or ISO yyyy-mm-dd; ValueError otherwise."""
    text = text.strip()
    if _ISO_DATE.match(text):
        return date.fromisoformat(text)
    m = _VN_DATE.match(text)
    if not m:
        raise ValueError(text)
    day, month, year = (int(g) for g in m.groups())
    return date(year, month, day)


def parse_number(text: str) -> Decimal:
    """A number as typed in Vietnam: `1.234.567,89`, `1234,5`, `1234`; ValueError otherwise.

    A dot followed by other than three digits (`1.5`) is refused rather than guessed: in Vietnamese
    it would be a thousands separator, in English a decimal point.
    """
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    try:
        return parse_decimal(text, locale=LOCALE, strict=True)
    except (NumberFormatError, InvalidOperation) as exc:
        raise ValueError(text) from exc


def number_input(value: Any) -> str:
    """A number as it goes back into a form field, without losing a digit: `1234.5` -> `1.234,5`."""
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.###", locale=LOCALE, decimal_quantization=False)


FILTERS = {
    "number": number,
    "money": money,
    "vn_date": vn_date,
    "vn_datetime": vn_datetime,
}
