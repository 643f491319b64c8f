"""The gazetteer matcher: every name of the reference data, as token sequences to look up.

Every surface is normalised like the text and split into tokens; the matcher is a trie over the
lower-case tokens, keyed by the first one, whose nodes that end a name hold that name's meanings
(`Target`s). Case is part of the signal: a name written with a capital must start with a capital
in the text, and an acronym ("WHO", "TP") must be written exactly; the other syllables may vary
("Trung quốc" in old texts). Each target carries those checks (`case`), worked out once here.

Building it loads the whole reference data (ISO 3166, CLDR, our files) and normalises ~10,000
names; `matcher_cache` keeps the result between processes.
"""

from __future__ import annotations

import marshal
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from doingoai.extraction.normalise import normalise_text
from doingoai.extraction.recognisers.lexicon import NAME_LIKE, SHORT_FORMS, is_acronym
from doingoai.extraction.tokens import TOKEN_RE
from doingoai.reference import services as ref
from doingoai.reference.loaders import read_csv
from doingoai.text import fold


class Target(NamedTuple):
    """One meaning of a surface: an entity of the reference data (a tuple: cheap to cache)."""

    type: str  # country | home | locality | organisation | province
    key: str
    name: str
    surface: tuple[str, ...]  # normalised tokens of the surface, as written (for the case check)
    ambiguous: bool = False
    policy: str = ""  # for ambiguous countries: name | short | strict
    country: str | None = None
    code: str | None = None  # locality: ISO 3166-2 code; province: statistical code
    era: str | None = None  # province
    kind: str | None = None  # organisation kind; locality: city | subdivision
    acronym: str | None = None
    capital: bool = False
    preferred: bool = False
    curated: bool = True  # localities: the name is ours or the city file's, not only ISO's or GeoNames'
    # (token offset, exact form) the text must show: the exact form for an acronym or a word with an
    # inner capital, None for "starts with a capital" (a capitalised first word)
    case: tuple[tuple[int, str | None], ...] = ()


# A trie node: (children by next lower-case token, index of the targets of the name ending here).
Node = tuple[dict[str, Any], int | None]


class Groups:
    """The targets of each name, by index. A matcher read from the cache holds each name's targets
    encoded (`marshal` bytes of plain tuples) and decodes them the first time they are asked for:
    a document needs a few hundred of the ~30,000, so a new process starts without decoding them all."""

    __slots__ = ("_items",)

    def __init__(self, items: list[list[Target] | bytes] | None = None) -> None:
        self._items: list[list[Target] | bytes] = items if items is not None else []

    def __getitem__(self, index: int) -> list[Target]:
        item = self._items[index]
        if type(item) is bytes:  # two threads may both decode it: they store equal lists
            item = self._items[index] = [Target(*t) for t in marshal.loads(item)]
        return item  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._items)

    def append(self, targets: list[Target]) -> None:
        self._items.append(targets)

    def encoded(self) -> list[bytes]:
        """Every name's targets as `marshal` bytes of plain tuples (the cached form)."""
        return [item if type(item) is bytes else marshal.dumps([tuple(t) for t in item])  # type: ignore[union-attr]
                for item in self._items]


@dataclass(slots=True)
class Matcher:
    trie: dict[str, Node] = field(default_factory=dict)  # by first lower-case token
    groups: Groups = field(default_factory=Groups)  # the targets of each name
    lower_start: set[str] = field(default_factory=set)  # first words some name may start in lower case


def tokens_of(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def case_checks(surface: tuple[str, ...]) -> tuple[tuple[int, str | None], ...]:
    """What the text must show of a surface's case, token by token (see `Target.case`)."""
    checks: list[tuple[int, str | None]] = []
    for k, token in enumerate(surface):
        if is_acronym(token) or (len(token) > 1 and any(c.isupper() for c in token[1:])):
            checks.append((k, token))  # acronyms and inner capitals are written exactly
        elif k == 0 and token[:1].isupper():
            checks.append((k, None))
    return tuple(checks)


CAPITALISED = ((0, None),)  # the case check of most names: the first token starts with a capital


def case_fits(words: list[str], i: int, case: tuple[tuple[int, str | None], ...]) -> bool:
    """The tokens from `i` show the case a target asks for."""
    for k, exact in case:
        if exact is None:
            if not words[i + k][:1].isupper():
                return False
        elif words[i + k] != exact:
            return False
    return True


def _country_policy(surface: str, curated: set[str]) -> str:
    low = normalise_text(surface).lower()
    if low in SHORT_FORMS:
        return "short"
    if low in NAME_LIKE and fold(surface) in curated:
        return "name"
    return "strict"


def build_matcher() -> Matcher:
    """Build the matcher from the reference gazetteer."""
    entries = ref.gazetteer()
    curated = {fold(r["alias"]) for r in read_csv("country_aliases.csv") if r["ambiguous"].strip().lower() == "true"}
    # Which countries each folded surface belongs to, to tell a real ambiguity ("Georgia": GE and
    # the US state) from a name that only repeats its own country ("Limburg (Bỉ)" → "Bỉ").
    owners: dict[str, set[str]] = {}
    for e in entries:
        owners.setdefault(e.folded, set()).add(_owner_country(e))
    groups: dict[tuple[str, ...], list[Target]] = {}
    for e in entries:
        target = _target(e, curated, owners)
        if target is None:
            continue
        low = tuple(t.lower() for t in target.surface)
        if not low:
            continue
        bucket = groups.setdefault(low, [])
        if target not in bucket:
            bucket.append(target)
    trie: dict[str, Node] = {}
    encoded = Groups()
    lower_start: set[str] = set()
    for low, targets in groups.items():
        parent = trie
        for token in low[:-1]:
            node = parent.get(token)
            if node is None:
                node = parent[token] = ({}, None)
            parent = node[0]
        node = parent.get(low[-1])
        parent[low[-1]] = (node[0] if node is not None else {}, len(encoded))
        encoded.append(targets)
        if any(not t.surface[0][:1].isupper() for t in targets):
            lower_start.add(low[0])
    return Matcher(trie, encoded, lower_start)


def _owner_country(e) -> str:  # noqa: ANN001 - GazetteerEntry
    if e.type == "country":
        return e.key
    if e.type == "province":
        return "VN"
    if e.type == "organisation":
        org = ref.organisation(e.key)
        return (org.country if org else None) or "*"
    if e.type == "city":
        c = ref.city(e.key)
        return c.country if c else "*"
    s = ref.subdivision(e.key)
    return s.country if s else "*"


def _target(e, curated: set[str], owners: dict[str, set[str]]) -> Target | None:  # noqa: ANN001
    surface = tuple(tokens_of(normalise_text(e.surface)))
    case = case_checks(surface)
    if e.type == "country":
        c = ref.country(e.key)
        if c is None:
            return None
        if c.is_home:
            return Target("home", c.code, c.name_vi, surface, e.ambiguous, case=case)
        ambiguous = fold(e.surface) in curated or (e.ambiguous and len(owners.get(e.folded, ())) > 1)
        policy = _country_policy(e.surface, curated) if ambiguous else ""
        return Target("country", c.code, c.name_vi, surface, ambiguous, policy, case=case)
    if e.type == "subdivision":
        s = ref.subdivision(e.key)
        if s is None or s.country == "VN":
            return None
        return Target("locality", s.code, s.name_vi, surface, e.ambiguous, country=s.country, code=s.code,
                      kind="subdivision", curated=s.has_vi_name, case=case)
    if e.type == "city":
        c = ref.city(e.key)
        if c is None:
            return None
        code = c.same_as
        # a world city (GeoNames) is not ours: the text must place it (`localities.world_place`)
        return Target("locality", code or c.key, c.name_vi, surface, e.ambiguous, country=c.country, code=code,
                      kind="city", capital=c.capital, preferred=c.preferred, curated=c.source == "curated",
                      case=case)
    if e.type == "province":
        era, _, code = e.key.partition(":")
        p = ref.province(code, era)
        if p is None:
            return None
        return Target("province", e.key, p.name, surface, e.ambiguous, code=p.code, era=p.era, case=case)
    if e.type == "organisation":
        o = ref.organisation(e.key)
        if o is None:
            return None
        return Target("organisation", o.key, o.name_vi, surface, e.ambiguous, country=o.country, kind=o.kind,
                      acronym=o.acronym, case=case)
    return None
