"""Bodies found by their head ("Bộ", "Đại sứ quán", "Quỹ"…) rather than by the reference list.

- a head that names a body followed by a foreign country or locality ("Bộ Ngoại giao Mỹ",
  "Tổng Lãnh sự quán Anh tại TP HCM", "Chính phủ Hoàng gia Campuchia");
- a body said to belong to a country ("Quỹ nghiên cứu bệnh AIDS của Mỹ");
- a body named as international by its own name ("Liên đoàn cờ vua thế giới").
"""

from __future__ import annotations

from dataclasses import dataclass

from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.lexicon import (
    ADJACENT_GOV_HEADS,
    CAPITAL_HEADS,
    COUNTRY_ORG_HEADS,
    GOV_HEADS,
    HEAD_NOT_AFTER,
    HEAD_NOT_BEFORE,
    INTERNATIONAL_ENDS,
    INTERNATIONAL_HEADS,
    MISSION_HEADS,
    NAME_WITH_HEAD,
    NAMED_HEADS,
    ORG_STOP,
    OWNED_HEADS,
    UNIT_WORDS,
    cached_fold,
    head_sizes,
    is_acronym,
    is_vietnamese_body,
)


@dataclass(slots=True)
class OrgSpan:
    start: int
    end: int
    i: int
    j: int
    key: str
    name: str
    country: str | None
    kind: str
    display: str | None = None  # the name to output when no acronym is used
    acronym: str | None = None


def mark(taken: list[bool], orgs: list[OrgSpan]) -> None:
    """Mark the tokens of the bodies as taken."""
    for o in orgs:
        taken[o.i:o.j] = [True] * (o.j - o.i)


def head_at(ctx: Context, k: int, heads: dict[str, str]) -> tuple[str, int] | None:
    """The longest head starting at token k (as written, any case), with its length."""
    sizes = head_sizes(heads).get(ctx.low[k])
    if sizes is None:
        return None
    for size in sizes:
        if k + size > ctx.n:
            continue
        phrase = " ".join(ctx.low[k:k + size]) if size > 1 else ctx.low[k]
        if phrase in heads and ctx.word(k + size) not in HEAD_NOT_BEFORE.get(phrase, ()) \
                and ctx.word(k - 1) not in HEAD_NOT_AFTER.get(phrase, ()) \
                and (phrase not in CAPITAL_HEADS or ctx.words[k][:1].isupper()):
            return phrase, size
    return None


def country_orgs(ctx: Context, matches: list[Match]) -> list[OrgSpan]:
    """"Chính phủ Hoàng gia Campuchia", "Bộ Ngoại giao Mỹ", "Tổng Lãnh sự quán Anh tại TP HCM"."""
    out: list[OrgSpan] = []
    heads = COUNTRY_ORG_HEADS
    for match in matches:
        t = match.target
        if not match.accepted or t.type not in ("country", "locality"):
            continue
        best: tuple[int, str, int] | None = None
        k = match.i - 1
        while k >= 0 and match.i - k <= 8:
            w = ctx.low[k]
            if not ctx.gap_ok(k + 1) or w in ORG_STOP or not (w.isalpha() or w in {"-", "&"}):
                break
            owner = ctx.owner[k]
            if owner is not None and owner.accepted and owner.target.type in ("country", "home", "province"):
                break
            head = head_at(ctx, k, heads)
            if head is not None and k + head[1] <= match.i:
                phrase, size = head
                between = ctx.words[k + size:match.i]
                if phrase in ADJACENT_GOV_HEADS and phrase not in GOV_HEADS and phrase not in NAMED_HEADS:
                    # "cảnh sát Iraq", "đội cứu hỏa thành phố Baltimore"; not "cảnh sát bắt giữ hai du khách Mỹ"
                    if not between or " ".join(ctx.low[k + size:match.i]) in UNIT_WORDS:
                        best = (k, phrase, size)
                    k -= 1
                    continue
                capital_head = ctx.words[k][:1].isupper()
                if phrase in GOV_HEADS or (between and any(b[:1].isupper() for b in between)) \
                        or (capital_head and (between or NAMED_HEADS.get(phrase) != "company")) \
                        or (between and NAMED_HEADS.get(phrase) == "government_agency") \
                        or (not between and phrase in NAME_WITH_HEAD and t.type == "locality"):  # "đại học Mokpo"
                    best = (k, phrase, size)
            k -= 1
        if best is None:
            continue
        k, phrase, _ = best
        j = match.j
        if phrase in MISSION_HEADS and ctx.word(j) in {"tại", "ở"} and j + 1 < ctx.n:
            place = ctx.owner[j + 1]
            if place is not None and place.accepted and place.target.type in ("home", "province"):
                j = place.j
            elif ctx.words[j + 1] in {"VN", "Việt"}:
                j = j + 2 if ctx.low[j + 1] == "việt" and ctx.word(j + 2) == "nam" else j + 1
        start, end = ctx.starts[k], ctx.ends[j - 1]
        country = t.key if t.type == "country" else t.country
        core = [w for w in ctx.low[k:match.j] if w not in {"hoàng", "gia"}] if phrase != "hoàng gia" \
            else ctx.low[k:match.j]
        out.append(OrgSpan(start, end, k, j, "p:" + cached_fold(" ".join(core)) + "|" + (country or ""),
                           ctx.doc.text[start:end], country, heads[phrase]))
    return out


def owned_orgs(ctx: Context, matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """"Quỹ nghiên cứu bệnh AIDS của Mỹ": a body named with a head, said to belong to a country."""
    out: list[OrgSpan] = []
    for match in matches:
        t = match.target
        if not match.accepted or t.type != "country" or ctx.word(match.i - 1) != "của":
            continue
        end = match.i - 1
        for k in range(end - 1, max(-1, end - 8), -1):
            w = ctx.low[k]
            if taken[k] or not ctx.gap_ok(k + 1) or w in ORG_STOP or not ctx.words[k].isalnum():
                break
            head = head_at(ctx, k, OWNED_HEADS)
            if head is not None and ctx.words[k][:1].isupper() and k + head[1] < end:
                start, stop = ctx.starts[k], ctx.ends[end - 1]
                name = ctx.doc.text[start:stop]
                out.append(OrgSpan(start, stop, k, end, "p:" + cached_fold(name) + "|" + t.key, name, t.key,
                                   OWNED_HEADS[head[0]]))
                break
    return out


def international_orgs(ctx: Context, matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """"Liên đoàn cờ vua thế giới", "Liên minh kinh tế toàn cầu về HIV/AIDS": a body named as
    international by its own name (it ends with "quốc tế", "thế giới" or "toàn cầu")."""
    out: list[OrgSpan] = []
    next_free = 0
    for k in ctx.positions(INTERNATIONAL_HEADS):
        head = head_at(ctx, k, INTERNATIONAL_HEADS) if ctx.words[k][:1].isupper() and not taken[k] else None
        if head is None or k < next_free:
            continue
        end = None
        q = k + head[1]
        while q < ctx.n and q - k <= 12 and not taken[q] and ctx.gap_ok(q):
            w = ctx.low[q]
            owner = ctx.owner[q]
            if (w in ORG_STOP and w != "và") or not (ctx.words[q].isalnum() or w in {",", "/", "-"}) \
                    or (owner is not None and owner.accepted and owner.target.type in ("home", "province")):
                break
            if " ".join(ctx.low[q:q + 2]) in INTERNATIONAL_ENDS:
                end = q + 2
            q += 1
        if end is None:
            continue
        if ctx.word(end) == "về":  # "… toàn cầu về HIV/AIDS"
            q = end + 1
            while q < ctx.n and (is_acronym(ctx.words[q]) or ctx.words[q] == "/") and ctx.gap_ok(q):
                q += 1
            if ctx.words[q - 1] != "/" and q > end + 1:
                end = q
        start, stop = ctx.starts[k], ctx.ends[end - 1]
        name = ctx.doc.text[start:stop]
        if not is_vietnamese_body(name):
            out.append(OrgSpan(start, stop, k, end, "p:" + cached_fold(name), name, None, INTERNATIONAL_HEADS[head[0]]))
        next_free = end
    return out
