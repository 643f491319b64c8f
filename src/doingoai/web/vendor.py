"""Fetch the pinned front-end files from the npm registry into web/static/vendor/ (`make vendor`).

Offices run on closed networks, so every script and style is served by the app itself. The files
are fetched once, by a developer, with `npm pack <name>@<version>`, and committed: installing the
application needs nothing beyond PyPI. The versions are pinned here, and README.md beside the
files records each package's name, version, licence and the registry's integrity digest.

    python -m doingoai.web.vendor
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

VENDOR_DIR = Path(__file__).parent / "static" / "vendor"


@dataclass(frozen=True)
class Vendored:
    name: str
    version: str
    folder: str  # under static/vendor/
    files: dict[str, str]  # path inside the package -> file name in the folder
    purpose: str


PACKAGES: tuple[Vendored, ...] = (
    Vendored("htmx.org", "2.0.11", "htmx",
             {"dist/htmx.min.js": "htmx.min.js", "LICENSE": "LICENSE"},
             "progressive enhancement of the pages (live search, review buttons)"),
    Vendored("swagger-ui-dist", "5.35.0", "swagger-ui",
             {"swagger-ui-bundle.js": "swagger-ui-bundle.js", "swagger-ui.css": "swagger-ui.css",
              "LICENSE": "LICENSE", "NOTICE": "NOTICE"},
             "the interactive API documentation at /api/docs"),
)


def fetch(pkg: Vendored, workdir: Path) -> dict[str, str]:
    """`npm pack` one package and copy the files we serve; returns what README.md records of it."""
    out = subprocess.run(
        ["npm", "pack", f"{pkg.name}@{pkg.version}", "--json", "--pack-destination", str(workdir)],
        check=True, capture_output=True, text=True,
    )
    info = json.loads(out.stdout)[0]
    tarball = workdir / info["filename"]
    target = VENDOR_DIR / pkg.folder
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(tarball) as tar:
        manifest = json.load(tar.extractfile("package/package.json"))  # type: ignore[arg-type]
        for inner, name in pkg.files.items():
            member = tar.extractfile(f"package/{inner}")
            if member is None:
                raise SystemExit(f"{pkg.name}@{pkg.version} has no {inner}")
            (target / name).write_bytes(member.read())
    return {"name": pkg.name, "version": info["version"], "license": str(manifest.get("license", "?")),
            "integrity": info["integrity"], "folder": pkg.folder, "files": ", ".join(pkg.files.values()),
            "purpose": pkg.purpose}


def readme(rows: list[dict[str, str]]) -> str:
    lines = [
        "# Vendored front-end files",
        "",
        "Fetched from the npm registry by `make vendor` (`python -m doingoai.web.vendor`, which runs",
        "`npm pack <name>@<version>`) and committed, so that installing doingoai needs no network beyond",
        "PyPI and the pages load nothing from outside the office network. To upgrade: change the version",
        "in `src/doingoai/web/vendor.py`, run `make vendor`, check the pages, commit.",
        "",
        "| package | version | licence | folder | files | used for | integrity (npm) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(f"| {r['name']} | {r['version']} | {r['license']} | `{r['folder']}/` | {r['files']} "
                     f"| {r['purpose']} | `{r['integrity']}` |")
    return "\n".join(lines) + "\n"


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is needed to fetch the vendored files (apt-get install npm)", file=sys.stderr)
        return 2
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        rows = [fetch(pkg, Path(tmp)) for pkg in PACKAGES]
    (VENDOR_DIR / "README.md").write_text(readme(rows), encoding="utf-8")
    for r in rows:
        print(f"{r['name']}@{r['version']} ({r['license']}) -> static/vendor/{r['folder']}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
