"""Countries: which mentions of an ambiguous country word are the country.

- name-like country words ("Anh", "Mỹ", "Đức", "Nga", "Nhật"…) are taken unless the context says
  otherwise: a language ("tiếng Anh", "Anh ngữ", "tiếng Việt, Anh"), a compound word ("Pháp
  lệnh", "Anh hùng"), part of a personal or place name (a capitalised Vietnamese syllable next to
  it: "Anh Dũng", "Trần Đức Lương", "Mỹ Tho", "Bắc Mỹ"), the pronoun at the start of a sentence
  ("Anh cho biết…"), or a word the same document uses as a given name ("Đặng Hồng Nhật … Nhật đã…");
- short forms ("Trung", "Hàn", "Ấn") only in the adjective pair with Việt ("Việt - Trung", "Việt –
  Hàn", "Mỹ - Trung"); the mention is the foreign part;
- other ambiguous words ("Ý", "Áo", "Bỉ", "Thổ", "US") only with a strong context: a word that
  takes a country ("nước Ý", "tại Áo", "doanh nghiệp Bỉ"), a list of countries, or brackets.

Territories: "Đài Loan (Trung Quốc)" is TW only; the bracketed China is not a mention. A state form
before a country belongs to its mention ("Cộng hòa Séc").
"""

from __future__ import annotations

from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.gazetteer import Target
from doingoai.extraction.recognisers.lexicon import (
    COMPOUNDS,
    COUNTRY_HEADS,
    HOME_WORDS,
    LANGUAGE_AFTER,
    LANGUAGE_BEFORE,
    LIST_SEPARATORS,
    STARTERS,
    STATE_FORMS,
)

_HYPHEN = frozenset({"-"})


def _language(ctx: Context, i: int, j: int) -> bool:
    """"tiếng Anh", "Anh ngữ", "tiếng Việt, Anh và Pháp": the name is a language."""
    if ctx.word(j) in LANGUAGE_AFTER:
        return True
    k = i - 1
    while k >= 1 and ctx.word(k) in {",", "và", "hoặc", "/", "-"} and ctx.is_cap(k - 1):
        k -= 2
    return ctx.word(k) in LANGUAGE_BEFORE


def neighbour_country(ctx: Context, match: Match, separators: frozenset[str]) -> bool:
    """A country (or Việt Nam) next to this one across a list separator."""
    for k, step in ((match.i - 1, -1), (match.j, 1)):
        if ctx.word(k) not in separators:
            continue
        other_k = k + step
        if not 0 <= other_k < ctx.n:
            continue
        other = ctx.owner[other_k]
        if other is not None and other is not match and other.target is not None and other.accepted \
                and other.target.type in ("country", "home"):
            return True
        if ctx.word(k) == "-" and (ctx.words[other_k] == "VN"
                                   or ctx.low[other_k] in HOME_WORDS and ctx.is_cap(other_k)):
            return True
    return False


def in_brackets(ctx: Context, match: Match) -> bool:
    return ctx.word(match.i - 1) == "(" and ctx.word(match.j) == ")"


def strong(ctx: Context, match: Match) -> bool:
    return (ctx.head_before(match.i, COUNTRY_HEADS) or in_brackets(ctx, match)
            or neighbour_country(ctx, match, LIST_SEPARATORS))


def accept_country(ctx: Context, match: Match, target: Target) -> bool:
    if not target.ambiguous:
        return True
    i, j = match.i, match.j
    alias = " ".join(ctx.low[i:j])
    if target.policy == "short":
        return neighbour_country(ctx, match, _HYPHEN)
    if _language(ctx, i, j) or ctx.word(j) in COMPOUNDS.get(alias, ()):
        return False
    if ctx.is_vi_name_part(j):  # "Mỹ Tho", "Anh Dũng", "Đức Giang"
        return False
    prev_name = ctx.is_vi_name_part(i - 1) and not ctx.head_before(i, COUNTRY_HEADS) and not (
        ctx.initial(i - 1) and (ctx.written_lower(ctx.low[i - 1]) or ctx.low[i - 1] in STARTERS))
    if prev_name:  # "Trần Đức Lương", "Phan Anh", "Bắc Mỹ"
        if not ctx.is_cap(j) and ctx.is_person_name_before(i):
            ctx.given_names.add(alias)
        return False

    if target.policy == "strict":
        return strong(ctx, match)
    if alias == "anh" and ctx.initial(i) and not neighbour_country(ctx, match, LIST_SEPARATORS) \
            and not _in_title(ctx, i):
        return False  # "Anh cho biết…": the pronoun (a title does not use it)
    return True



def _in_title(ctx: Context, i: int) -> bool:
    """Token i is in the title: a short first line followed by more text."""
    newline = ctx.norm.find("\n")
    return 0 < newline <= 160 and ctx.starts[i] < newline and bool(ctx.norm[newline:].strip())


def drop_bracketed_china(ctx: Context, matches: list[Match]) -> None:
    """"Đài Loan (Trung Quốc)", "Hồng Kông (Trung Quốc)": the territory, not China as well."""
    for match in matches:
        t = match.target
        if not match.accepted or t.type != "country" or t.key not in {"TW", "HK", "MO"}:
            continue
        j = match.j
        if ctx.word(j) == "(" and j + 1 < ctx.n:
            other = ctx.owner[j + 1]
            if other is not None and other.target is not None and other.target.key == "CN" \
                    and ctx.word(other.j) == ")":
                other.accepted = False


def country_mention(ctx: Context, match: Match) -> tuple[int, int]:
    """The mention of a country: a state form before it belongs to it ("Cộng hòa Séc"); a bracketed
    addition after a territory does not ("Đài Loan (Trung Quốc)" → "Đài Loan")."""
    start, end = match.start, match.end
    words = ctx.low[match.i:match.j]
    if "(" in words:
        end = ctx.ends[match.i + words.index("(") - 1]
    for form in STATE_FORMS:
        size = len(form)
        if match.i - size >= 0 and tuple(ctx.low[match.i - size:match.i]) == form \
                and (form != ("ch",) or ctx.words[match.i - 1] == "CH") and ctx.owner[match.i - 1] is None:
            start = ctx.starts[match.i - size]
            break
    return start, end
