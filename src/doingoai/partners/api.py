from __future__ import annotations

from fastapi import APIRouter

from doingoai.core.api import record_router
from doingoai.partners import schemas as s
from doingoai.partners.services import PartnerService, PersonService, RelationService

router = APIRouter()
router.include_router(record_router(PartnerService, prefix="/api/partners", tag="partners", create=s.PartnerCreate,
                                    update=s.PartnerUpdate, public=s.PartnerPublic, query=s.PartnerQuery))
router.include_router(record_router(PersonService, prefix="/api/persons", tag="persons", create=s.PersonCreate,
                                    update=s.PersonUpdate, public=s.PersonPublic, query=s.PersonQuery))
router.include_router(record_router(RelationService, prefix="/api/relations", tag="relations", create=s.RelationCreate,
                                    update=s.RelationUpdate, public=s.RelationPublic, query=s.RelationQuery))
