"""Thread, reply and edit forms. Limits are the ones in the README."""

import secrets

from wtforms import HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..forms import Form, strip

TITLE_MIN, TITLE_MAX = 3, 150
THREAD_BODY_MAX = 20_000
REPLY_BODY_MAX = 10_000
CONTENT_NOTE_MAX = 60


def _body(max_chars: int) -> TextAreaField:
    return TextAreaField(
        "Text",
        description="Markdown: *emphasis*, **bold**, > quotes, - lists, `code`.",
        validators=[
            Length(max=max_chars, message=f"Use at most {max_chars:,} characters (Markdown)."),
        ],
    )


def _not_blank(form, field):
    if not (field.data or "").strip():
        raise ValidationError("Please write something before posting.")


def _title() -> StringField:
    return StringField(
        "Title",
        filters=[strip],
        validators=[
            DataRequired(message="Please give your thread a title."),
            Length(
                min=TITLE_MIN,
                max=TITLE_MAX,
                message=f"Use between {TITLE_MIN} and {TITLE_MAX} characters.",
            ),
        ],
    )


class _OncePerRender(Form):
    """A form whose submissions are told apart by a token made when it is rendered."""

    form_token = HiddenField(default=lambda: secrets.token_urlsafe(16))

    def validate_form_token(self, field):
        if field.data and len(field.data) > 64:
            raise ValidationError("This form is damaged; please reload the page.")


class ThreadForm(_OncePerRender):
    category = SelectField("Category", coerce=int, validate_choice=True)
    title = _title()
    content_note = StringField(
        "Content note (optional)",
        filters=[strip],
        description='Readers see this before your story, e.g. "suicide", "patient death".',
        validators=[
            Optional(),
            Length(max=CONTENT_NOTE_MAX, message=f"Use at most {CONTENT_NOTE_MAX} characters."),
        ],
    )
    body = _body(THREAD_BODY_MAX)
    validate_body = _not_blank


class ReplyForm(_OncePerRender):
    body = _body(REPLY_BODY_MAX)
    validate_body = _not_blank


class EditReplyForm(Form):
    body = _body(REPLY_BODY_MAX)
    validate_body = _not_blank


class EditOpeningForm(Form):
    """Editing an opening post also edits its thread's title."""

    title = _title()
    body = _body(THREAD_BODY_MAX)
    validate_body = _not_blank


class ConfirmForm(Form):
    """A form that carries only its CSRF token (delete, vote, logout)."""
