"""Organisations: the reference list (acronyms, Vietnamese and English names), then bodies the list
lacks (`bodies`, `companies`, `acronyms`).

Vietnamese bodies are never taken (names with Việt Nam or a Vietnamese province, the reference
negative list). Countries and localities inside an organisation's name are not mentions of their
own. A union used as a market ("thị trường EU") is a place.
"""

from __future__ import annotations

from doingoai.extraction.recognisers.acronyms import defined_acronyms
from doingoai.extraction.recognisers.bodies import OrgSpan, country_orgs, international_orgs, mark, owned_orgs
from doingoai.extraction.recognisers.companies import company_lists, company_orgs, suffixed_orgs
from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.countries import in_brackets
from doingoai.extraction.recognisers.gazetteer import Target
from doingoai.extraction.recognisers.sources import credited_sources
from doingoai.extraction.recognisers.lexicon import (
    ORG_HEAD_WORDS,
    PLACE_WORDS,
    SUB_BODIES,
    cached_fold,
    foreign_looking,
    is_acronym,
    is_vietnamese_body,
)


def in_code(ctx: Context, match: Match) -> bool:
    """An acronym inside a document number ("Quyết định 06/2006/QĐ-BTC") names no body."""
    i = match.i
    return i > 0 and ctx.words[i - 1] in ("-", "/") and ctx.ends[i - 1] == ctx.starts[i]


def accept_organisation(ctx: Context, match: Match, target: Target) -> bool:
    if not target.ambiguous:
        return True
    words = ctx.words[match.i:match.j]
    if len(words) == 1 and is_acronym(words[0]) and is_vietnamese_body(words[0]):
        # also a Vietnamese acronym ("BTC" = Ban tổ chức): only beside the body's full name
        named = any(m.target is not None and m.target.key == target.key and m is not match
                    and not is_acronym(ctx.words[m.i]) for m in ctx.matches)
        return named or in_brackets(ctx, match)
    if len(words) == 1 and is_acronym(words[0]) and len(words[0]) <= 2:
        # "UN", "SK", "HI": only with a word that names a body, or defined in brackets
        return ctx.head_before(match.i, ORG_HEAD_WORDS) or in_brackets(ctx, match)
    return True


def _as_place(ctx: Context, m: Match) -> bool:
    """"thị trường EU", "Mỹ, Canada và EU", "phụ nữ trong Liên minh châu Âu": a union as a place."""
    if m.target.kind != "international_org":
        return False
    if ctx.head_before(m.i, PLACE_WORDS):
        return True
    if ctx.word(m.i - 1) in {",", "và"} and m.i >= 2:
        other = ctx.owner[m.i - 2]
        return other is not None and other.accepted and other.target.type == "country"
    return False


def _reference_orgs(ctx: Context, matches: list[Match]) -> list[OrgSpan]:
    out = []
    for m in matches:
        t = m.target
        if not m.accepted or t.type != "organisation" or _as_place(ctx, m):
            continue
        head = _sub_body_before(ctx, m.i)
        if head is not None:  # "Đại hội đồng Liên Hợp Quốc": a body of its own
            start = ctx.starts[head]
            name = ctx.doc.text[start:m.end]
            out.append(OrgSpan(start, m.end, head, m.j, "p:" + cached_fold(name), name, t.country, t.kind or "other"))
            continue
        j = m.j
        while t.kind == "company" and j < ctx.n and ctx.gap_ok(j) and foreign_looking(ctx.words[j]) \
                and ctx.words[j][:1].isupper() and ctx.owner[j] is None:
            j += 1  # "Bank of America Capital Management": a named part of the company
        if j > m.j:
            end = ctx.ends[j - 1]
            name = ctx.doc.text[m.start:end]
            out.append(OrgSpan(m.start, end, m.i, j, "c:" + cached_fold(name), name, t.country, "company"))
            continue
        out.append(OrgSpan(m.start, m.end, m.i, m.j, "r:" + t.key, t.name, t.country, t.kind or "other",
                           acronym=t.acronym))
    return out


def _sub_body_before(ctx: Context, i: int) -> int | None:
    for size in (4, 3, 2):
        if i - size >= 0 and " ".join(ctx.low[i - size:i]) in SUB_BODIES and ctx.words[i - size][:1].isupper():
            return i - size
    return None


def find_organisations(ctx: Context, matches: list[Match]) -> list[OrgSpan]:
    """Every organisation in the text, the reference ones first; a later finder does not take the
    tokens of a body found before."""
    orgs = _reference_orgs(ctx, matches)
    taken = [False] * ctx.n
    mark(taken, orgs)
    for o in country_orgs(ctx, matches):
        if not any(taken[o.i:o.j]):
            orgs.append(o)
    mark(taken, orgs)
    for finder in (owned_orgs, international_orgs, company_orgs, suffixed_orgs, credited_sources):
        found = finder(ctx, matches, taken)
        orgs += found
        mark(taken, found)
    orgs += company_lists(ctx, orgs, matches, taken)
    orgs = [o for o in orgs if o.key.startswith("r:") or not is_vietnamese_body(o.name)]
    return orgs + defined_acronyms(ctx, orgs)
