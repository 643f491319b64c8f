"""Recognisers: countries, foreign localities, organisations and Vietnamese provinces, with offsets.

Everything is found on `doc.norm` (same offsets as `doc.text`) over word tokens (`tokens.py`), so
a name never starts or ends inside a syllable and stray spaces between syllables do not matter.
The steps, each in its own module:

1. `matching` finds the names of the reference gazetteer (`gazetteer`, built once and cached on
   disk by `matcher_cache`): leftmost-longest, case checked (a capitalised name starts with a
   capital in the text; an acronym is written exactly).
2. `resolve` gives each match one meaning and accepts it or not by its context — the rules of
   `countries` (language, compound word, personal name, pronoun…), `localities` (personal names;
   names that are not ours — world cities of GeoNames, names only ISO knows — only where the text
   places them), `provinces` and `organisations` (Vietnamese acronyms, document numbers, "ông chủ
   Nhà Trắng").
3. `countries` drops the China of "Đài Loan (Trung Quốc)".
4. `organisations` adds the reference bodies and those found by pattern (`bodies`: a head and a
   country, "cảnh sát Iraq", "Đảng Dân chủ Mỹ"; `companies`: a head and a Latin name, "tờ
   Telegraph", "đảng Likud", "CLB Deportivo", or a Latin name ending in what it is, "Northwest
   Airlines"; `sources`: a credited source, "(Theo Telegraph)"; `acronyms`); countries and
   localities inside an organisation's name are not mentions of their own.
5. `localities` adds foreign places the data lacks when the text places them, and drops capitals
   that stand for their government ("Washington cho rằng…").

`context.Context` is the document as the rules see it; `lexicon` holds every word list they use.
"""

from __future__ import annotations

from doingoai.extraction.doc import Doc, Entity
from doingoai.extraction.normalise import normalise_text
from doingoai.extraction.recognisers.bodies import mark
from doingoai.extraction.recognisers.context import Context
from doingoai.extraction.recognisers.countries import country_mention, drop_bracketed_china
from doingoai.extraction.recognisers.lexicon import ACTING_ABROAD_KEYS
from doingoai.extraction.recognisers.localities import metonymy, unknown_localities
from doingoai.extraction.recognisers.matcher_cache import matcher
from doingoai.extraction.recognisers.matching import find_names
from doingoai.extraction.recognisers.organisations import find_organisations
from doingoai.extraction.recognisers.provinces import eras
from doingoai.extraction.recognisers.resolve import resolve_matches

__all__ = ["matcher", "run"]


def run(doc: Doc) -> Doc:
    if not doc.norm:
        doc.norm = normalise_text(doc.text)
    ctx = Context(doc)
    matches = find_names(ctx, matcher())
    resolve_matches(ctx, matches)
    drop_bracketed_china(ctx, matches)
    orgs = find_organisations(ctx, matches)
    inside = [False] * (len(doc.text) + 1)  # characters inside an organisation's name
    for o in orgs:
        inside[o.start:o.end] = [True] * (o.end - o.start)
    entities: list[Entity] = []
    for m in matches:
        t = m.target
        if not m.accepted or t is None:
            continue
        if t.type == "country":
            if inside[m.start]:
                continue
            start, end = country_mention(ctx, m)
            entities.append(Entity(start, end, "country", t.key, t.name))
        elif t.type == "locality":
            if inside[m.start] or metonymy(ctx, m):
                continue
            entities.append(Entity(m.start, m.end, "locality", t.key, t.name, t.country,
                                   {"code": t.code, "kind": t.kind, "capital": t.capital}))
        elif t.type == "province":
            entities.append(Entity(m.start, m.end, "province", t.key, t.name, "VN",
                                   {"code": t.code, "era": t.era, "eras": eras(m), "in_org": inside[m.start]}))
    for o in orgs:
        entities.append(Entity(o.start, o.end, "organisation", o.key, o.name, o.country,
                               {"kind": o.kind, "acronym": o.acronym, "display": o.display}))
    taken = [False] * ctx.n
    mark(taken, orgs)
    abroad_body = [False] * ctx.n  # countries of armies and missions, which act abroad
    mark(abroad_body, [o for o in orgs if o.key.startswith("p:") and o.key[2:].startswith(ACTING_ABROAD_KEYS)])
    entities += unknown_localities(ctx, matches, taken, abroad_body)
    entities.sort(key=lambda e: (e.start, e.end))
    doc.entities.extend(entities)
    return doc
