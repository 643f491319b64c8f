"""Foreign localities: ISO 3166-2 subdivisions, our cities and the world cities of GeoNames, and
places the data lacks.

A name that is not ours (a world city, a name only ISO knows) needs the text to place it
(`world_place`: "thành phố Fallujah", "ở Ramadi" in a text about Iraq, "Karachi, Pakistan"), and
is no place where the document gives it to a ship or a company ("tàu khu trục Exeter"); a
Sino-Vietnamese name inside a personal name
("Lê Thanh Hải") is not a place; a foreign name the data lacks is a locality when the text places
it ("Amiens (Pháp)", "thành phố Karlskorna" in a paragraph about Sweden). Capitals standing for a
government ("Washington cho rằng…", "Bắc Kinh phản đối…": at the start of a sentence, before a verb
of stating) are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from doingoai.extraction.doc import Entity
from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.gazetteer import Target
from doingoai.extraction.recognisers.lexicon import (
    AUXILIARIES,
    CITY_HINTS,
    CITY_OR_SUBDIVISION_HINTS,
    NOT_PLACE_HEADS,
    PEOPLE_NOUNS,
    PERSON_TITLES,
    PLACE_HINTS,
    PLACE_LINKS,
    PLACE_PREPOSITIONS,
    STARTERS,
    STATING_VERBS,
    cached_fold,
    folds_to_syllable,
    foreign_looking,
)


def placed_in(ctx: Context, match: Match, countries: set[str | None]) -> bool:
    """The text places the name in one of `countries`: "Hà Nam (Trung Quốc)", "Hà Nam, Trung Quốc"."""
    j = match.j
    for k in (j + 1, j):
        other = ctx.owner[k] if 0 <= k < ctx.n else None
        if other is not None and other is not match and any(t.type == "country" and t.key in countries
                                                              for t in other.targets):
            if k == j + 1 and ctx.word(j) not in {"(", ",", "-"}:
                continue
            return True
    if ctx.word(j) == "của" and j + 1 < ctx.n:
        other = ctx.owner[j + 1]
        return other is not None and any(t.type == "country" and t.key in countries for t in other.targets)
    return False


def locality_plausible(ctx: Context, match: Match, target: Target) -> bool:
    """Not part of a personal name, and a name we did not curate only with its country in view."""
    i, j = match.i, match.j
    if placed_in(ctx, match, {target.country}):
        return True
    hinted = ctx.head_before(i, CITY_OR_SUBDIVISION_HINTS)
    if all(folds_to_syllable(w) or not w.isascii() for w in ctx.words[i:j] if w.isalpha()):
        # a Sino-Vietnamese name ("Thanh Hải") is also a personal name ("Lê Thanh Hải")
        if ctx.is_vi_name_part(j) or (ctx.is_vi_name_part(i - 1) and not hinted and not (
                ctx.initial(i - 1) and (ctx.written_lower(ctx.low[i - 1]) or ctx.low[i - 1] in STARTERS))):
            return False
    elif (ctx.is_cap(j) and not hinted) or (ctx.is_cap(i - 1) and not ctx.initial(i - 1)):
        return False  # "Vladimir Putin", "Ron Paul": a Latin name inside a personal name
    return True  # a name that is not ours is decided with the whole document in view: `world_place`


def accept_locality(ctx: Context, match: Match, target: Target) -> bool:
    if placed_in(ctx, match, {target.country}):
        return True
    if not locality_plausible(ctx, match, target):
        return False
    if not target.curated:
        return world_place(ctx, match, target)
    hinted = ctx.head_before(match.i, CITY_OR_SUBDIVISION_HINTS)
    surface_vi = all(folds_to_syllable(w) for w in ctx.words[match.i:match.j])
    if surface_vi:
        return hinted and target.country in ctx.countries_seen
    return hinted or target.country in ctx.countries_seen



def world_place(ctx: Context, match: Match, target: Target) -> bool:
    """A name only GeoNames or ISO knows (a world city, a subdivision without our Vietnamese name) is
    a locality when the text places it: a unit word before it ("thành phố Fallujah", "thị trấn
    Tikrit"), a preposition of place with its country named in the document ("ở Ramadi"), its
    country or another of its country's places in the same sentence ("… ở Karachi, Pakistan",
    "Baghdad, Mosul và Basra"). A name the document also gives a ship, a company, a club or a
    newspaper ("tàu khu trục Exeter", "công ty Patra") is not a place there. Names that need
    context (a personal name, a word, four letters or fewer) want their country named as well;
    a Sino-Vietnamese reading ("Trường Sa" = Changsha) wants a unit word and its country."""
    i = match.i
    if _named_otherwise(ctx, match):
        return False
    seen = target.country in ctx.countries_named
    # a unit word: for a city a town's ("thành phố", "thị trấn"), not a region's ("vùng Rio Grande")
    unit = ctx.head_before(i, CITY_HINTS if target.kind == "city" else CITY_OR_SUBDIVISION_HINTS) \
        or ctx.head_before(i, PLACE_HINTS)
    if all(folds_to_syllable(w) for w in ctx.words[i:match.j] if w.isalpha()):
        return unit and seen
    if unit:  # a world city that needs no context is enough for "thành phố"; an ISO-only name is not
        return seen or (not target.ambiguous and target.kind == "city")
    if ctx.head_before(i, PLACE_PREPOSITIONS):
        return seen and (not target.ambiguous or _in_sentence(ctx, match, target.country))
    if target.ambiguous or not seen:
        return False
    return _in_sentence(ctx, match, target.country) or _listed_with_place(ctx, match, target.country)


def _named_otherwise(ctx: Context, match: Match) -> bool:
    """The document names a ship, a company, a club… with this name ("tàu khu trục Exeter")."""
    if ctx.not_places is None:  # once a document
        ctx.not_places = {m.target.key for m in ctx.matches
                          if m.target is not None and ctx.head_before(m.i, NOT_PLACE_HEADS)}
    return match.target.key in ctx.not_places


def _in_sentence(ctx: Context, match: Match, country: str | None) -> bool:
    """The sentence names the country, or another place of it, as accepted so far."""
    sentence = ctx.doc.sentence_of(match.start)
    for m in ctx.matches:
        if m is match or not m.accepted or m.target is None or not sentence.start <= m.start < sentence.end:
            continue
        t = m.target
        if (t.type == "country" and t.key == country) or (t.type == "locality" and t.country == country):
            return True
    return False


def _listed_with_place(ctx: Context, match: Match, country: str | None) -> bool:
    """In a list with another place of the same country: "Baghdad, Mosul và Basra"."""
    for k in (match.i - 2, match.j + 1):
        between = match.i - 1 if k < match.i else match.j
        other = ctx.owner[k] if 0 <= k < ctx.n else None
        if other is not None and other is not match and other.accepted and other.target is not None \
                and other.target.type == "locality" and other.target.country == country \
                and ctx.word(between) in {",", "và"}:
            return True
    return False


def metonymy(ctx: Context, match: Match) -> bool:
    """"Washington cho rằng…", "Bắc Kinh phản đối…": the capital stands for its government."""
    if not match.target.capital:
        return False
    i = match.i
    if not (ctx.initial(i) or ctx.word(i - 1) == ","):
        return False
    k = match.j
    while ctx.word(k) in AUXILIARIES:
        k += 1
    return ctx.word(k) in STATING_VERBS or " ".join(ctx.low[k:k + 2]) in STATING_VERBS


# ------------------------------------------------------------------------ places the data lacks
# A whole token of three ASCII letters or more that starts with a capital.
_CAPITALISED_ASCII = re.compile(r"[A-Z](?<!\w.)[A-Za-z]{2,}(?!\w)")


def _local_name_run(ctx: Context, a: int, taken: list[bool]) -> int | None:
    """End of a run of capitalised foreign-looking words from `a` ("Karlskorna", "Rio de Janeiro")."""
    b = a
    while b < ctx.n and b - a < 4 and not taken[b] and (ctx.owner[b] is None or not ctx.owner[b].accepted) \
            and (b == a or ctx.gap_ok(b)):
        w = ctx.words[b]
        if w[:1].isupper() and w.isalpha() and (foreign_looking(w) or b > a):
            b += 1
        elif b > a and w.lower() in {"de", "du", "la", "le", "-"} and b + 1 < ctx.n and ctx.words[b + 1][:1].isupper():
            b += 1
        else:
            break
    return b if b > a and any(foreign_looking(w) for w in ctx.words[a:b]) else None


def country_of(ctx: Context, match: Match | None) -> str | None:
    if match is None or not match.accepted or match.target is None:
        return None
    t = match.target
    return t.key if t.type == "country" else t.country if t.type == "locality" else None


def unknown_localities(ctx: Context, matches: list[Match], taken: list[bool],
                       abroad_body: list[bool]) -> list[Entity]:
    """Foreign places the reference data lacks, placed by the text itself: "Amiens (Pháp)",
    "Akron (Ohio)", "thành phố Karlskorna" (in the country the paragraph is about)."""
    out: list[Entity] = []
    # countries that place things: not those of armies and missions, which act abroad
    placed = [(m.i, m.end, country_of(ctx, m)) for m in matches if m.accepted and not abroad_body[m.i]
              and not ctx.head_before(m.i, PEOPLE_NOUNS)]  # "quân nhân Mỹ" says who, not where
    placed = [(i, end, c) for i, end, c in placed if c and c != "VN"]
    firsts = [i for i, _, _ in placed]
    words = ctx.words
    next_free = 0
    for candidate in _CAPITALISED_ASCII.finditer(ctx.norm):
        k = bisect_left(ctx.starts, candidate.start())
        w = words[k]
        if k < next_free or taken[k]:
            continue
        owner = ctx.owner[k]
        if (owner is not None and owner.accepted) or not foreign_looking(w) or ctx.head_before(k, PERSON_TITLES):
            continue
        b = _local_name_run(ctx, k, taken)
        if b is None:
            continue
        next_free = b
        hinted = ctx.head_before(k, PLACE_HINTS)
        found = None
        if ctx.word(b) == "(" and b + 1 < ctx.n:
            inner = ctx.owner[b + 1]
            if inner is not None and ctx.word(inner.j) == ")" and (b - k == 1 or hinted):
                found = country_of(ctx, inner)
        if found is None and hinted:
            # the country named next in the sentence ("thành phố Mosul, miền bắc Iraq"), else the
            # one named last before it in the paragraph
            sentence_end = ctx.doc.sentence_of(ctx.starts[k]).end
            later = bisect_right(firsts, b)
            if later < len(placed) and ctx.starts[placed[later][0]] < sentence_end \
                    and all(ctx.low[x] in PLACE_LINKS for x in range(b, placed[later][0])):
                found = placed[later][2]
            at = bisect_right(firsts, k) - 1
            if found is None and at >= 0 and "\n" not in ctx.norm[placed[at][1]:ctx.starts[k]]:
                found = placed[at][2]
        if found and found != "VN":
            start, end = ctx.starts[k], ctx.ends[b - 1]
            name = ctx.doc.text[start:end]
            out.append(Entity(start, end, "locality", "x:" + cached_fold(name) + "|" + found, name, found,
                              {"code": None, "kind": "city", "capital": False}))
    return out
