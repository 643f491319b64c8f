"""One validated settings object, read from DOINGOAI_* environment variables.

Unsafe defaults are refused rather than silently used: the web server will not start with a
missing or short secret key. `doingoai init` writes a random key into the data directory so a
newcomer never has to invent one, and an operator can still override it from the environment.
"""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SECRET_KEY_FILE = "secret_key"
MIN_SECRET_LENGTH = 32


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOINGOAI_", extra="ignore")

    data_dir: Path = Field(default=Path("var"), description="Where the SQLite file, the key and stored documents live.")
    database_url: str = Field(default="", description="SQLAlchemy URL; empty means a SQLite file in data_dir.")
    secret_key: str = Field(default="", description="Signs session cookies; at least 32 characters.")
    language: str = Field(default="vi", description="Default interface language: vi or en.")
    session_hours: int = Field(default=12, ge=1, le=24 * 30, description="Lifetime of a browser session.")
    max_upload_mb: int = Field(default=50, ge=1, le=500, description="Largest document accepted by ingest.")
    sample: bool = Field(default=False, description="Marks a demo database: pages show a 'sample data' banner.")

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in ("vi", "en"):
            raise ValueError("language must be 'vi' or 'en'")
        return value

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'doingoai.db').resolve()}"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    def ensure_secret_key(self) -> str:
        """Return the secret key, creating and keeping one in data_dir when none is configured."""
        if self.secret_key:
            if len(self.secret_key) < MIN_SECRET_LENGTH:
                raise ValueError(f"DOINGOAI_SECRET_KEY must have at least {MIN_SECRET_LENGTH} characters")
            return self.secret_key
        key_file = self.data_dir / SECRET_KEY_FILE
        if not key_file.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            key_file.write_text(secrets.token_urlsafe(48))
            key_file.chmod(0o600)
        self.secret_key = key_file.read_text().strip()
        return self.secret_key


@lru_cache
def get_settings() -> Settings:
    return Settings()
