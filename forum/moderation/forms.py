"""Forms for reports, moderators' actions and the admin pages."""

from wtforms import HiddenField, IntegerField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    Length,
    NumberRange,
    Optional,
    StopValidation,
    ValidationError,
)

from ..auth.services import USERNAME_MAX
from ..forms import Form, strip
from ..models import REPORT_REASONS
from ..threads.forms import (
    REASON_MAX,
    REPLY_BODY_MAX,
    THREAD_BODY_MAX,
    category_field,
    content_note_field,
)
from .members import MAX_SUSPENSION_DAYS

NOTE_MAX = REASON_MAX
# Categories are listed by position: a small number is all an administrator needs, and it
# stays far inside the database's INTEGER.
MAX_POSITION = 10_000


def _at_most(limit: int) -> Length:
    return Length(max=limit, message=f"Use at most {limit:,} characters.")


def _reason(label: str = "Reason (optional)", *, required: bool = False) -> TextAreaField:
    need = [DataRequired(message="Please write a reason.")] if required else [Optional()]
    return TextAreaField(
        label,
        filters=[strip],
        validators=[*need, _at_most(NOTE_MAX)],
    )


class ReportForm(Form):
    reason = RadioField(
        "What is wrong with this post?",
        choices=[SelectChoice(value, label) for value, label in REPORT_REASONS.items()],
        validators=[DataRequired(message="Please choose a reason.")],
    )
    note = _reason("Anything the moderators should know (optional)")


class ReasonForm(Form):
    """Approve, dismiss, remove a moderator: one click, an optional reason."""

    reason = _reason()


class LockForm(ReasonForm):
    """Lock (locked=1) or unlock a thread, with an optional reason."""

    locked = HiddenField()


class NoteForm(Form):
    """Reject, remove, warn, ask for a reveal: the reason is required (the writer receives it)."""

    reason = _reason("Reason (the writer receives it)", required=True)


class RevealDecisionForm(Form):
    """A second administrator's approval or refusal of a reveal request: the form's two
    buttons send `decision`; the reason is required (the writer receives it)."""

    CHOICES = ("approve", "refuse")
    CHOOSE = "Please choose: approve or refuse."

    decision = RadioField(
        "Decision",
        choices=[SelectChoice("approve", "Approve"), SelectChoice("refuse", "Refuse")],
        validate_choice=False,  # validate_decision says it in words
        validators=[DataRequired(message=CHOOSE)],
    )
    reason = _reason("Reason (the writer receives it)", required=True)

    def validate_decision(self, field):
        if field.data not in self.CHOICES:
            raise ValidationError(self.CHOOSE)


class ModEditForm(Form):
    body = TextAreaField("Text", validators=[DataRequired(message="The text cannot be empty.")])
    reason = _reason("Reason (the writer receives it)", required=True)

    def __init__(self, *args, is_opening: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_chars = THREAD_BODY_MAX if is_opening else REPLY_BODY_MAX

    def validate_body(self, field):
        if len(field.data or "") > self.max_chars:
            raise ValidationError(f"Use at most {self.max_chars:,} characters (Markdown).")


class ContentNoteForm(Form):
    """A moderator sets, changes or clears (empty) a thread's content note; the reason is
    optional and goes to the audit log."""

    content_note = content_note_field(
        "Leave it empty for no note. With one, the story and its replies stay folded until a "
        "reader opens them."
    )
    reason = _reason()


class MoveForm(Form):
    category = category_field("Move to")
    reason = _reason()


class SuspendForm(Form):
    days = IntegerField(
        "Days",
        default=7,
        validators=[
            DataRequired(message="Please give a number of days."),
            NumberRange(
                min=1,
                max=MAX_SUSPENSION_DAYS,
                message=f"Between 1 and {MAX_SUSPENSION_DAYS} days.",
            ),
        ],
    )
    reason = _reason("Reason (the member sees it)", required=True)


class AppointForm(Form):
    username = StringField(
        "Username",
        filters=[strip],
        validators=[
            DataRequired(),
            Length(max=USERNAME_MAX, message="No member has this username."),
        ],
    )
    reason = _reason()


def _a_number(form, field):
    """Stop at "not a number" (the field's own message) instead of adding a range's too."""
    if field.process_errors:
        raise StopValidation()


class CategoryForm(Form):
    # The slug's rules, its length among them, are categories._check_slug's (the CLI's too).
    slug = StringField("Slug (in the address)", filters=[strip], validators=[DataRequired()])
    name = StringField(
        "Name",
        filters=[strip],
        validators=[DataRequired(), _at_most(80)],
    )
    description = TextAreaField(
        "Description", filters=[strip], validators=[Optional(), _at_most(300)]
    )
    position = IntegerField(
        "Position",
        invalid_value_message="Please give a whole number.",
        validators=[
            Optional(),
            _a_number,
            NumberRange(
                min=0,
                max=MAX_POSITION,
                message=f"Please give a whole number from 0 to {MAX_POSITION:,}.",
            ),
        ],
    )
