"""Acronyms defined in brackets: "Ủy ban Thị trường mở (FOMC)", "PCA (Hiệp hội cờ vua nhà nghề, …)",
"Cục Dự trữ Liên bang Mỹ (FED)". The acronym names the body, and its other uses in the text are
mentions of the same body."""

from __future__ import annotations

import re
from itertools import compress, count

from doingoai.extraction.recognisers.bodies import OrgSpan, head_at, mark
from doingoai.extraction.recognisers.context import Context
from doingoai.extraction.recognisers.lexicon import (
    ACRONYM_HEADS,
    ORG_STOP,
    VN_ACRONYMS,
    foreign_looking,
    is_vietnamese_body,
)

_BRACKET = {"(": "("}
_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9]{1,9}$")


def _acronym_ok(ctx: Context, k: int) -> bool:
    acronym = ctx.words[k]
    return bool(_ACRONYM_RE.match(acronym)) and acronym not in VN_ACRONYMS and ctx.owner[k] is None \
        and (sum(c.isupper() for c in acronym) >= 2 or foreign_looking(acronym))


def _headed_acronyms(ctx: Context, taken: list[bool]) -> list[OrgSpan]:
    """"Ủy ban Thị trường mở (FOMC)", "PCA (Hiệp hội cờ vua nhà nghề, …)": a body's name with a head,
    defined by an acronym in brackets (before or after it)."""
    out: list[OrgSpan] = []
    heads = ACRONYM_HEADS
    for k in ctx.positions(_BRACKET):
        if k == 0 or k >= ctx.n - 1 or taken[k - 1]:
            continue
        if ctx.word(k + 2) == ")" and _acronym_ok(ctx, k + 1) and not taken[k + 1]:
            for h in range(k - 1, max(-1, k - 12), -1):  # "Head … (ACR)"
                w = ctx.low[h]
                if taken[h] or not ctx.gap_ok(h + 1) or (w in ORG_STOP and w != "và") or not ctx.words[h].isalnum():
                    break
                owner = ctx.owner[h]
                if owner is not None and owner.accepted and owner.target.type in ("home", "province"):
                    break
                head = head_at(ctx, h, heads)
                if head is not None and ctx.words[h][:1].isupper() and h + head[1] < k:
                    out.append(_acronym_body(ctx, h, k, ctx.words[k + 1], heads[head[0]]))
                    break
        elif _acronym_ok(ctx, k - 1) and k + 1 < ctx.n and ctx.words[k + 1][:1].isupper():
            head = head_at(ctx, k + 1, heads)  # "ACR (Head …"
            if head is not None:
                out.append(_acronym_body(ctx, k - 1, k, ctx.words[k - 1], heads[head[0]]))
    return [o for o in out if not is_vietnamese_body(ctx.doc.text[ctx.starts[o.i]:ctx.ends[o.j - 1]])]


def _acronym_body(ctx: Context, i: int, j: int, acronym: str, kind: str) -> OrgSpan:
    country = None
    for k in range(i, j):
        owner = ctx.owner[k]
        if owner is not None and owner.accepted and owner.target.type == "country":
            country = owner.target.key
    start, end = ctx.starts[i], ctx.ends[j - 1]
    return OrgSpan(start, end, i, j, "a:" + acronym, acronym, country, kind, acronym=acronym)


def defined_acronyms(ctx: Context, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"Cục Dự trữ Liên bang Mỹ (FED)": the acronym is the body's name, and its other uses in the
    text ("FED") are mentions of the same body."""
    taken = [False] * ctx.n
    mark(taken, orgs)
    headed = _headed_acronyms(ctx, taken)
    mark(taken, headed)
    orgs = orgs + headed
    for o in orgs:  # "… Liên bang Mỹ (FED)" after a body found otherwise
        j = o.j
        if o.acronym or ctx.word(j) != "(" or ctx.word(j + 2) != ")" or not _acronym_ok(ctx, j + 1):
            continue
        o.acronym = ctx.words[j + 1]
        taken[j + 1] = False
    extra: list[OrgSpan] = list(headed)
    for o in orgs:  # every use of a defined acronym is a mention of its body
        if not o.acronym or o.key.startswith("r:"):
            continue
        for k in compress(count(), map(o.acronym.__eq__, ctx.words)):
            if not taken[k]:
                extra.append(OrgSpan(ctx.starts[k], ctx.ends[k], k, k + 1, o.key, o.acronym, o.country, o.kind,
                                     acronym=o.acronym))
                taken[k] = True
    return extra

