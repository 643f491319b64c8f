from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class AuditEventPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    province_code: str | None
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, Any]
    source: dict[str, Any] | None
