"""Delegations out and in: list, create, read, update, delete, history.

The figures ("N đoàn/M lượt") are `services.count`; the reports domain serves them.
"""
from __future__ import annotations

from fastapi import APIRouter

from doingoai.core.api import record_router
from doingoai.delegations import schemas as s
from doingoai.delegations.services import DelegationService

router = APIRouter()
router.include_router(record_router(DelegationService, prefix="/api/delegations", tag="delegations",
                                    create=s.DelegationCreate, update=s.DelegationUpdate,
                                    public=s.DelegationPublic, query=s.DelegationQuery))
