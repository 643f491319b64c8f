"""Each gazetteer match gets one meaning and is accepted or not by its context.

Unambiguous names first: they are the context of the ambiguous ones, which are then decided twice
(an accepted ambiguous name can be the context of another: "Mỹ, Anh").
"""

from __future__ import annotations

from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.countries import accept_country, strong
from doingoai.extraction.recognisers.gazetteer import Target
from doingoai.extraction.recognisers.lexicon import CITY_HINTS, NOT_COUNTRY_AFTER, PERSON_OF_BODY, SUBDIVISION_HINTS
from doingoai.extraction.recognisers.localities import accept_locality, locality_plausible, placed_in
from doingoai.extraction.recognisers.organisations import accept_organisation, in_code
from doingoai.extraction.recognisers.provinces import accept_province

_TYPE_RANK = {"country": 0, "home": 0, "province": 1, "locality": 2, "organisation": 3}


def _choose(ctx: Context, match: Match) -> Target:
    """The meaning of a surface with several: a country first, a Vietnamese province before a
    foreign locality of the same name unless the text places it abroad, a hinted locality kind."""
    if len(match.targets) == 1:
        return match.targets[0]
    targets = sorted(match.targets, key=lambda t: _TYPE_RANK[t.type])
    types = {t.type for t in targets}
    hint_city = ctx.head_before(match.i, CITY_HINTS)
    hint_sub = ctx.head_before(match.i, SUBDIVISION_HINTS)
    localities = [t for t in targets if t.type == "locality"]
    if localities and ("province" in types or "country" in types):
        abroad = placed_in(ctx, match, {t.country for t in localities})
        if abroad or ("country" in types and (hint_sub or hint_city) and "province" not in types):
            targets = localities
    if len(targets) > 1 and targets[0].type == "locality":
        ours = [t for t in targets if t.type == "locality" and t.curated]
        if ours and len(ours) < len(targets) and {t.type for t in targets} == {"locality"}:
            targets = ours  # our name beats a library's ("Gaza": Dải Gaza, not Mozambique's province)
        cities = [t for t in targets if t.kind == "city"]
        subs = [t for t in targets if t.kind == "subdivision"]
        if cities and subs:
            if hint_city or (not hint_sub and any(c.capital or c.preferred for c in cities)):
                targets = cities
            elif hint_sub or not any(c.code for c in cities):
                targets = subs
    return targets[0]


def _blocked(ctx: Context, match: Match) -> bool:
    """Names that the context rules out whatever the name: "đôla Mỹ" (the currency), "bán đảo
    Triều Tiên" (the peninsula), "Lê Thanh Hải" (a person, not Qinghai)."""
    t = match.target
    if t.type in ("country", "home"):
        return ctx.head_before(match.i, NOT_COUNTRY_AFTER)
    if t.type == "organisation":  # "ông chủ Nhà Trắng" is the president
        return in_code(ctx, match) or ctx.head_before(match.i, PERSON_OF_BODY)
    if t.type == "locality":
        return not locality_plausible(ctx, match, t)
    return False


def resolve_matches(ctx: Context, matches: list[Match]) -> None:
    """Set each match's `target` (its meaning) and `accepted` (whether the context confirms it)."""
    ctx.matches = matches
    for match in matches:
        match.target = _choose(ctx, match)
    # Unambiguous names first: they are the context of the ambiguous ones.
    blocked = {id(match): _blocked(ctx, match) for match in matches}
    for match in matches:
        t = match.target
        # a name that is not ours (a world city, an ISO-only subdivision) waits for the whole document
        match.accepted = not t.ambiguous and not blocked[id(match)] and (t.type != "locality" or t.curated)
    ctx.countries_seen = {m.target.key for m in matches if m.accepted and m.target.type == "country"}
    ctx.countries_seen |= {m.target.country for m in matches if m.accepted and m.target.type == "locality"}
    for _ in range(2):  # twice: an accepted ambiguous name can be the context of another ("Mỹ, Anh")
        # what places a name that is not ours: every country accepted so far ("Mỹ" included)
        ctx.countries_named = {m.target.key for m in matches if m.accepted and m.target.type == "country"}
        ctx.countries_named |= ctx.countries_seen
        for match in matches:
            if match.accepted or blocked[id(match)]:
                continue
            t = match.target
            if t.type == "country":
                match.accepted = accept_country(ctx, match, t)
            elif t.type == "home":
                match.accepted = ctx.words[match.i] == "VN" or strong(ctx, match)
            elif t.type == "locality":
                match.accepted = accept_locality(ctx, match, t)
            elif t.type == "province":
                match.accepted = accept_province(ctx, match, t)
            else:
                match.accepted = accept_organisation(ctx, match, t)
    # A word the document uses as a given name ("Đặng Hồng Nhật") is that person elsewhere too.
    for match in matches:
        t = match.target
        if match.accepted and t.type == "country" and t.ambiguous:
            alias = " ".join(ctx.low[match.i:match.j])
            if alias in ctx.given_names and not strong(ctx, match):
                match.accepted = False
