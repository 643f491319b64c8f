"""Where original files live: `<data_dir>/documents/<sha256[:2]>/<sha256>`, addressed by content.

A file is written to a temporary name in the same directory, flushed to disk and renamed into
place, so a crash never leaves a half-written original under its final name. The same bytes are
stored once, whatever province or upload they came from.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path, PurePosixPath


class DocumentStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)

    @staticmethod
    def relative_path(sha256: str) -> str:
        """The path kept in `Document.storage_path`, relative to the data directory."""
        return str(PurePosixPath("documents", sha256[:2], sha256))

    def path(self, relative: str) -> Path:
        return self.data_dir / relative

    def put(self, data: bytes, sha256: str | None = None) -> tuple[str, bool]:
        """Store the bytes; returns (relative path, whether a new file was written)."""
        sha256 = sha256 or hashlib.sha256(data).hexdigest()
        relative = self.relative_path(sha256)
        target = self.path(relative)
        if target.is_file() and target.stat().st_size == len(data):
            return relative, False  # already stored (same digest, same size): nothing to write
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{sha256[:8]}-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return relative, True

    def read(self, relative: str) -> bytes:
        return self.path(relative).read_bytes()

    def exists(self, relative: str) -> bool:
        return self.path(relative).is_file()

    def remove(self, relative: str) -> None:
        self.path(relative).unlink(missing_ok=True)
