"""Response and logging rules of the anonymity promise that hold for every page."""

import logging
import traceback

from flask import Flask, request
from flask_login import current_user
from sqlalchemy.exc import StatementError


class WithholdDatabaseValues(logging.Filter):
    """A database error's message can quote the row it refused (PostgreSQL's "Failing row
    contains (…)": author id and post text side by side). Log the traceback and the SQL
    statement, never the values."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, StatementError):
            stack = "".join(traceback.format_tb(error.__traceback__))
            record.exc_text = (
                f"Traceback (most recent call last):\n{stack}{type(error).__name__} "
                f"({type(error.orig).__name__}; values withheld)\n[SQL: {error.statement}]"
            )
            record.exc_info = None
        return True


def register(app: Flask) -> None:
    app.logger.addFilter(WithholdDatabaseValues())

    @app.after_request
    def no_store_for_members(response):
        """A member's pages can show their own anonymous posts marked "You". Clinicians share
        workstations, so no browser or proxy may keep a copy of any page served to a member."""
        if current_user.is_authenticated and not request.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
            response.vary.add("Cookie")
        return response
