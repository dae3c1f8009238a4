"""The version stamps whole cached pages are keyed by (see forum.pagecache.stamps)."""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db


class PageStamps(db.Model):
    """One row, changed only by the database's triggers (forum.pagecache.stamps)."""

    __tablename__ = "page_stamps"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    epoch: Mapped[str] = mapped_column(String(16))
    lists: Mapped[int] = mapped_column(BigInteger)
    shared: Mapped[int] = mapped_column(BigInteger)
