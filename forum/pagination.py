"""One paginator for every list: a count query and a page query, nothing else."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from flask import abort
from sqlalchemy import Select, func, select

from .extensions import db
from .prepared import constants_inline
from .urls import parse_int

# Nine digits: no list is that long, and the offset it makes stays far inside a BIGINT.
MAX_PAGE = 999_999_999


@dataclass(frozen=True)
class Page:
    items: list[Any]
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    def window(self, around: int = 2) -> list[int | None]:
        """Page numbers to link, with None for a gap: 1 … 4 5 [6] 7 8 … 20."""
        shown = {1, self.pages, *range(self.number - around, self.number + around + 1)}
        numbers = sorted(n for n in shown if 1 <= n <= self.pages)
        out: list[int | None] = []
        for n in numbers:
            if out and n - out[-1] > 1:
                out.append(None)
            out.append(n)
        return out


# A number as people and programs write one: ASCII digits, perhaps negative. Only these can be
# a page out of range; anything else ("abc", "", "²") is no page at all.
_NUMBER = re.compile(r"-?[0-9]+")


def page_number(raw: str | None) -> int:
    """Parse ?page= (or another page argument). Text that is not a number is page 1 (a
    mangled link still shows the list); a number outside 1..MAX_PAGE is a 404, as a page
    past the end is."""
    if raw is None or not _NUMBER.fullmatch(raw):
        return 1
    number = parse_int(raw, 1, MAX_PAGE)
    if number is None:
        abort(404)
    return number


def paginate(
    stmt: Select,
    number: int,
    per_page: int,
    *,
    scalars: bool = True,
    count: Select | None = None,
    params: dict | None = None,
    inline: bool = False,
) -> Page:
    """Run `stmt` for one page. Pages past the end are a 404 (except page 1 of nothing).

    `count` is a cheaper statement for the total where counting `stmt` itself would compute
    columns the count does not need (a correlated subquery per row, for instance), or one
    built once with `stmt`. `params` are the values of both statements' bound parameters.
    With `inline`, the page's statement is sent with its values written in, LIMIT and OFFSET
    included (forum.prepared.constants_inline): for a list whose values are few, so that
    PostgreSQL plans each page once."""
    if count is None:
        count = count_of(stmt)
    total = db.session.scalar(count, params)
    if number > 1 and (number - 1) * per_page >= total:
        abort(404)
    page = _one_page(stmt, number, per_page, scalars)
    result = db.session.execute(constants_inline(page) if inline else page, params)
    items = list(result.scalars().unique() if scalars else result.unique().all())
    return Page(items=items, number=number, per_page=per_page, total=total)


def count_of(stmt: Select) -> Select:
    """How many rows `stmt` returns."""
    return select(func.count()).select_from(stmt.order_by(None).subquery())


def _one_page(stmt: Select, number: int, per_page: int, scalars: bool) -> Select:
    """`stmt` limited to one page. Past the first page of a list of one kind of row, the
    page's ids are chosen first and only those rows are loaded with what `stmt` joins to
    them (their authors, say): otherwise the database makes those joins for every row OFFSET
    skips, and the last page of a long thread costs many times the first."""
    offset = (number - 1) * per_page
    described = stmt.column_descriptions
    entity = described[0]["entity"] if scalars and len(described) == 1 else None
    if entity is None or offset == 0 or not hasattr(entity, "id"):
        return stmt.limit(per_page).offset(offset)
    ids = stmt.with_only_columns(entity.id).limit(per_page).offset(offset)
    return stmt.where(entity.id.in_(ids.scalar_subquery()))
