"""Regenerate the initial migration from the models (`make initial-migration`).

Until the first release there is one migration, rebuilt from the models, so parallel work on
several domains does not pile up revisions. After a release, add revisions with Alembic as usual.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from doingoai import migrations


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'empty.db'}"
        cfg = migrations.config(url)
        cfg.set_main_option("file_template", "%%(rev)s")
        command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001_initial")


if __name__ == "__main__":
    main()
