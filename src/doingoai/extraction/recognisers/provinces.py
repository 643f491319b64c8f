"""Vietnamese provinces: an ambiguous name ("Hồ Chí Minh", "Hòa Bình") only as a place, and the
codes a name has in each era (before and after the 2025 merger)."""

from __future__ import annotations

from doingoai.extraction.recognisers.context import Context, Match
from doingoai.extraction.recognisers.gazetteer import Target
from doingoai.extraction.recognisers.lexicon import PROVINCE_HEADS


def accept_province(ctx: Context, match: Match, target: Target) -> bool:
    if not target.ambiguous:
        return True
    i, j = match.i, match.j
    if ctx.head_before(i, PROVINCE_HEADS):
        return True
    alias = " ".join(ctx.low[i:j])
    if alias in {"hồ chí minh", "hcm"}:
        return False  # the bare name is the President; the city is "TP HCM", "Thành phố Hồ Chí Minh"
    if ctx.is_vi_name_part(j) or ctx.is_vi_name_part(i - 1) and not ctx.initial(i - 1):
        return False
    return True


def eras(match: Match) -> dict[str, str]:
    """Province codes by era for the same surface ("Bắc Ninh": pre2025 27, 2025 24)."""
    out: dict[str, str] = {}
    for t in match.targets:
        if t.type == "province" and t.era and t.code and t.era not in out:
            out[t.era] = t.code
    return out
