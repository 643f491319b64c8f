"""Events: list, create, read, update, delete, history."""
from __future__ import annotations

from fastapi import APIRouter

from doingoai.core.api import record_router
from doingoai.events import schemas as s
from doingoai.events.services import EventService

router = APIRouter()
router.include_router(record_router(EventService, prefix="/api/events", tag="events", create=s.EventCreate,
                                    update=s.EventUpdate, public=s.EventPublic, query=s.EventQuery))
