"""Companies and other bodies with a head and a foreign-looking name: "công ty Sentec", "hãng Areva
(Pháp)", "Tập đoàn du lịch Famtrip của Mỹ", and further names in a list ("Canon, Sentec, Liwayway")."""

from __future__ import annotations

from doingoai.extraction.recognisers.bodies import OrgSpan, head_at
from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.lexicon import (
    COMPANY_HEADS,
    GENERIC_NAME_WORDS,
    ORG_SUFFIXES,
    STARTERS,
    COMPANY_QUALIFIER_STOP,
    LIST_INTRODUCERS,
    NAME_PARTICLES,
    NAME_WITH_HEAD,
    VIETNAMESE_BRANDS,
    VN_ACRONYMS,
    cached_fold,
    folds_to_syllable,
    foreign_looking,
    is_vietnamese_body,
)


def company_orgs(ctx: Context, matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """"công ty Sentec", "hãng Areva (Pháp)", "Tập đoàn du lịch Famtrip của Mỹ", "Canon, Sentec, Liwayway"."""
    out: list[OrgSpan] = []
    next_free = 0
    for k in ctx.positions(COMPANY_HEADS):
        head = head_at(ctx, k, COMPANY_HEADS)
        if head is None or taken[k] or k < next_free:
            continue
        phrase, size = head
        q = k + size
        qualifiers = 0  # "công ty TNHH sản xuất phụ tùng Yamaha", "Hãng hàng không EVA Airways"
        while q < ctx.n and qualifiers < 6 and ctx.gap_ok(q) and phrase not in NAME_WITH_HEAD:
            w = ctx.words[q]
            if w in VN_ACRONYMS:
                q += 1
                continue
            if not w.isalpha() or ctx.low[q] in COMPANY_QUALIFIER_STOP or foreign_looking(w) \
                    or not (folds_to_syllable(w) or not w.isascii()) \
                    or (ctx.owner[q] is not None and ctx.owner[q].accepted):
                break
            q += 1
            qualifiers += 1
        span = _name_run(ctx, q, taken)
        if span is None:
            continue
        a, b = span
        if phrase in NAME_WITH_HEAD:  # "Đại học Revans": the head is part of the name
            a = k + 1 if ctx.low[k] == "trường" else k
        out.append(_company(ctx, a, b, COMPANY_HEADS[phrase], matches))
        next_free = b
    return out


def company_lists(ctx: Context, orgs: list[OrgSpan], matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """Further names in a list after a company: "những tập đoàn như Canon, Sentec, Liwayway"."""
    out: list[OrgSpan] = []
    for o in sorted(orgs, key=lambda o: o.i):
        if o.kind != "company" or ctx.word(o.i - 1) not in LIST_INTRODUCERS:
            continue
        k = o.j
        while ctx.word(k) in {",", "và"} and k + 1 < ctx.n:
            nxt = _name_run(ctx, k + 1, taken)
            if nxt is None:
                break
            out.append(_company(ctx, nxt[0], nxt[1], "company", matches))
            for p in range(nxt[0], nxt[1]):
                taken[p] = True
            k = nxt[1]
    return out


def _name_run(ctx: Context, a: int, taken: list[bool]) -> tuple[int, int] | None:
    """A run of capitalised tokens from `a` with at least one foreign-looking word."""
    if a >= ctx.n or not ctx.words[a][:1].isupper() or taken[a]:
        return None
    first = ctx.owner[a]
    if first is not None and first.accepted and first.target.type != "organisation" \
            and not (first.j < ctx.n and ctx.words[first.j][:1].isupper() and ctx.gap_ok(first.j)):
        return None  # "Quỹ Canada" is a body of Canada; "Korea National Housing…" is a name
    b = a
    while b < ctx.n and not taken[b] and (b == a or ctx.gap_ok(b)):
        w = ctx.words[b]
        if w[:1].isupper() or (w[:1].isdigit() and not w.isdigit()):
            owner = ctx.owner[b]
            if owner is not None and owner.accepted and owner.target.type == "country" and owner.i == b > a:
                break
            b += 1
        elif w.lower() in NAME_PARTICLES and b + 1 < ctx.n and ctx.words[b + 1][:1].isupper() \
                and (w != "." or ctx.ends[b] == ctx.starts[b + 1]):  # "U.S" but not "Airways. Sau"
            b += 1
        else:
            break
    # "Việt Nam" / "VN" at the end belongs to the name ("Canon Việt Nam")
    if not any(foreign_looking(w) for w in ctx.words[a:b]):
        return None
    if cached_fold(" ".join(ctx.words[a:b])).startswith(VIETNAMESE_BRANDS):
        return None
    if ctx.words[b - 1] in {"-", "&", "."}:
        b -= 1
    return a, b


def _company(ctx: Context, a: int, b: int, kind: str, matches: list[Match]) -> OrgSpan:
    start, end = ctx.starts[a], ctx.ends[b - 1]
    if ctx.word(b) == "." and ctx.words[b - 1] in {"Corp", "Co", "Inc", "Ltd", "Jsc"}:
        end = ctx.ends[b]
    country = None
    for k in range(a, b):  # a country in the name: "Korea National Housing Group Corp."
        owner = ctx.owner[k]
        if owner is not None and owner.target is not None and owner.target.type == "country":
            country = owner.target.key
    after = ctx.low[b:b + 4]
    for skip in ((["("], 1), (["(", "chủ", "đầu", "tư"], 4), (["của"], 1)):
        words, size = skip
        if after[:size] == words and b + size < ctx.n:
            owner = ctx.owner[b + size]
            if owner is not None and owner.target is not None and owner.target.type == "country":
                country = owner.target.key
                if owner.accepted is False and owner.target.ambiguous:
                    owner.accepted = True
            break
    name = ctx.doc.text[start:end]
    return OrgSpan(start, end, a, b, "c:" + cached_fold(name), name, country, kind)


def suffixed_orgs(ctx: Context, matches: list[Match], taken: list[bool]) -> list[OrgSpan]:
    """"Northwest Airlines", "Sony Pictures", "Lehman Brothers", "Oxford University", "Leeds United":
    a Latin name whose last word says what it is (`ORG_SUFFIXES`), with no head before it."""
    out: list[OrgSpan] = []
    for k in ctx.positions(ORG_SUFFIXES):
        if taken[k] or k == 0 or not ctx.words[k][:1].isupper() or not ctx.words[k].isascii():
            continue
        a = k
        while a > 0 and k - a < 4 and ctx.gap_ok(a) and not taken[a - 1]:
            w = ctx.words[a - 1]
            if w[:1].isupper() and w.isalpha() and w.isascii():
                a -= 1
            elif w in {"&", "-"} and a >= 2 and ctx.words[a - 2][:1].isupper() and ctx.words[a - 2].isascii():
                a -= 1
            else:
                break
        while a < k and (ctx.low[a] in STARTERS or ctx.words[a] in {"&", "-"}):
            a += 1  # "Theo Northwest Airlines": the sentence's first word is not the name's
        run = ctx.words[a:k]
        if not run or not any(foreign_looking(w) and w.lower() not in GENERIC_NAME_WORDS for w in run):
            continue
        if any(ctx.owner[q] is not None and ctx.owner[q].accepted and ctx.owner[q].target.type in ("home", "province")
               for q in range(a, k)):
            continue
        b = k + 1
        if ctx.word(b) == "." and ctx.low[k] in {"inc", "corp", "co", "ltd"}:
            b += 0  # the dot is added by `_company`
        org = _company(ctx, a, b, ORG_SUFFIXES[ctx.low[k]], matches)
        if cached_fold(org.name).startswith(VIETNAMESE_BRANDS) or is_vietnamese_body(org.name):
            continue
        out.append(org)
        taken[a:b] = [True] * (b - a)
    return out
