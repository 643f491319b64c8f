"""Foreign news sources credited by name: "(Theo Telegraph)", "Theo Kyodo" on a line of its own,
"(Dainik Jagran)" closing a paragraph. The press credits its sources so; a credited newspaper or
agency is an organisation (kind `other`, as the guidelines' Telegraph). Vietnamese outlets
("Theo VnExpress", "(Theo Tuổi Trẻ)") are not foreign and are left out.
"""

from __future__ import annotations

from doingoai.extraction.recognisers.bodies import OrgSpan
from doingoai.extraction.recognisers.companies import _name_run
from doingoai.extraction.recognisers.context import Context
from doingoai.extraction.recognisers.lexicon import cached_fold


_STARTS = {"theo": "other", "(": "other"}


def credited_sources(ctx: Context, matches: list, taken: list[bool]) -> list[OrgSpan]:
    out: list[OrgSpan] = []
    for k in ctx.positions(_STARTS):
        a = k + 1
        if ctx.low[k] == "(":
            if ctx.word(a) == "theo":
                a += 1
        elif not _line_start(ctx, k):
            continue
        span = _name_run(ctx, a, taken)
        if span is None or span[1] - span[0] > 5:
            continue
        b = span[1]
        closing = b
        if ctx.low[k] == "(":
            if ctx.word(b) != ")":
                continue
            closing = b + 1
        elif ctx.word(b) == ".":
            closing = b + 1
        if closing < ctx.n and closing not in ctx.breaks:
            continue  # not at the end of its line: "Theo Smith, …" is a person's words
        if any(taken[a:b]) or any(ctx.owner[q] is not None and ctx.owner[q].accepted for q in range(a, b)):
            continue
        start, end = ctx.starts[a], ctx.ends[b - 1]
        name = ctx.doc.text[start:end]
        out.append(OrgSpan(start, end, a, b, "s:" + cached_fold(name), name, None, "other"))
    return out


def _line_start(ctx: Context, k: int) -> bool:
    return k == 0 or k in ctx.breaks
