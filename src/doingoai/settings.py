"""One validated settings object, read from DOINGOAI_* environment variables.

There is no signing secret to configure: browser sessions and API tokens are random values whose
digests are kept in the database, and forms carry a per-session CSRF token, so nothing a client
holds is trusted because of a signature. A bad value (an unknown language, a lifetime out of
range) is refused at start with a message naming the variable.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOINGOAI_", extra="ignore")

    data_dir: Path = Field(default=Path("var"), description="Where the SQLite file, the key and stored documents live.")
    database_url: str = Field(default="", description="SQLAlchemy URL; empty means a SQLite file in data_dir.")
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


@lru_cache
def get_settings() -> Settings:
    return Settings()
