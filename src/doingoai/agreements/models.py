from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from doingoai.core.models import Base, RecordMixin


class Agreement(RecordMixin, Base):
    __tablename__ = "agreements"

    title: Mapped[str] = mapped_column(String(500))
