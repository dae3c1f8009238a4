"""Thread, reply and edit forms. Limits are the ones in the README."""

import secrets

from wtforms import BooleanField, HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..forms import Form, strip

TITLE_MIN, TITLE_MAX = 3, 150
THREAD_BODY_MAX = 20_000
REPLY_BODY_MAX = 10_000
CONTENT_NOTE_MAX = 60
# Every reason a member or moderator gives for an action (moderation.forms uses it too).
REASON_MAX = 500


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


ANONYMOUS, NAMED = "anonymous", "named"


class IdentityField(RadioField):
    """Anonymous or under my username. Fails safe: a submission without a valid choice is
    anonymous, never named."""

    def __init__(self, label: str, **kwargs):
        choices = [SelectChoice(ANONYMOUS, "Anonymous"), SelectChoice(NAMED, "Under my username")]
        super().__init__(label, choices=choices, **kwargs)

    def process_formdata(self, valuelist):
        self.data = NAMED if valuelist and valuelist[0] == NAMED else ANONYMOUS

    @property
    def anonymous(self) -> bool:
        return self.data != NAMED


def _show_profession() -> BooleanField:
    return BooleanField(
        "Show my profession on this post",
        description="Off by default. Only the label from your settings, on this one post.",
    )


class _OncePerRender(Form):
    """A form whose submissions are told apart by a token made when it is rendered."""

    form_token = HiddenField(default=lambda: secrets.token_urlsafe(16))

    def validate_form_token(self, field):
        if field.data and len(field.data) > 64:
            raise ValidationError("This form is damaged; please reload the page.")


NO_WHY_HELP = (
    "Replies that ask why you did or didn't do something, or say what you should have done, "
    "are held back; peers share their own experience instead."
)


def category_field(label: str = "Category", coerce=int) -> SelectField:
    """A category picked from `choices` (the caller sets them from the database). Anything
    else — text, a number out of range, nothing — is refused by the field, so no query ever
    sees it."""
    choose = "Please choose one of the categories."
    return SelectField(
        label,
        coerce=coerce,
        validate_choice=True,
        invalid_value_message=choose,
        invalid_choice_message=choose,
    )


def content_note_field(description: str) -> StringField:
    """A thread's content note: optional, trimmed, at most 60 characters (empty: no note)."""
    return StringField(
        "Content note (optional)",
        filters=[strip],
        description=description,
        validators=[
            Optional(),
            Length(max=CONTENT_NOTE_MAX, message=f"Use at most {CONTENT_NOTE_MAX} characters."),
        ],
    )


def _chosen_id(value) -> int | None:
    """A category id, or None for the empty "Choose a category" option."""
    return None if value in ("", None) else int(value)


class ThreadForm(_OncePerRender):
    identity = IdentityField("Post as", default=ANONYMOUS)
    show_profession = _show_profession()
    no_why_replies = BooleanField("No 'why did you' replies", default=True, description=NO_WHY_HELP)
    # The view's first choice is an empty "Choose a category": a story is never filed
    # silently under whichever category comes first.
    category = category_field(coerce=_chosen_id)
    title = _title()
    content_note = content_note_field(
        "Your story and its replies stay folded behind it until a reader opens them, e.g. "
        '"suicide", "patient death".'
    )
    body = _body(THREAD_BODY_MAX)
    validate_body = _not_blank

    def validate_category(self, field):
        if field.data is None and not field.errors:
            raise ValidationError("Please choose a category for your story.")


class ReplyForm(_OncePerRender):
    identity = IdentityField("Reply as", default=NAMED)
    show_profession = _show_profession()
    body = _body(REPLY_BODY_MAX)
    validate_body = _not_blank


class EditReplyForm(Form):
    body = _body(REPLY_BODY_MAX)
    validate_body = _not_blank


class EditOpeningForm(Form):
    """Editing an opening post also edits its thread's title and content note."""

    title = _title()
    content_note = content_note_field(
        "Your story and its replies stay folded behind it until a reader opens them. "
        "Leave it empty for no note."
    )
    body = _body(THREAD_BODY_MAX)
    validate_body = _not_blank


class PreviewForm(Form):
    """The text of a new thread, reply or edit form, sent for a preview in place (the
    thread's key when the "why did you" guard would read it)."""

    title = StringField(filters=[strip], validators=[Optional(), Length(max=TITLE_MAX)])
    body = TextAreaField(validators=[Length(max=THREAD_BODY_MAX)])
    thread = HiddenField(validators=[Optional(), Length(max=64)])


class FlagForm(Form):
    """The "No 'why did you' replies" switch: on=1 sets it, anything else clears it. Its
    author sends no reason; a moderator may, and the reason goes to the audit log."""

    on = HiddenField()
    reason = TextAreaField(
        "Reason (optional)",
        filters=[strip],
        validators=[
            Optional(),
            Length(max=REASON_MAX, message=f"Use at most {REASON_MAX} characters."),
        ],
    )


class ConfirmForm(Form):
    """A form that carries only its CSRF token (delete, vote, logout)."""
