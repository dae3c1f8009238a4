"""Forms for reports, moderators' actions and the admin pages."""

from wtforms import IntegerField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from ..forms import Form, strip
from ..models import REPORT_REASONS
from ..threads.forms import REPLY_BODY_MAX, THREAD_BODY_MAX
from .members import MAX_SUSPENSION_DAYS

NOTE_MAX = 500


def _reason(label: str = "Reason (optional)", *, required: bool = False) -> TextAreaField:
    need = [DataRequired(message="Please write a reason.")] if required else [Optional()]
    return TextAreaField(
        label,
        filters=[strip],
        validators=[*need, Length(max=NOTE_MAX, message=f"Use at most {NOTE_MAX} characters.")],
    )


class ReportForm(Form):
    reason = RadioField(
        "What is wrong with this post?",
        choices=[SelectChoice(value, label) for value, label in REPORT_REASONS.items()],
        validators=[DataRequired(message="Please choose a reason.")],
    )
    note = _reason("Anything the moderators should know (optional)")


class ReasonForm(Form):
    """Approve, dismiss, lock, unlock: one click, an optional reason."""

    reason = _reason()


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


class MoveForm(Form):
    category = SelectField("Move to", coerce=int, validate_choice=True)
    reason = _reason()


class SuspendForm(Form):
    days = IntegerField(
        "Days",
        default=7,
        validators=[
            DataRequired(message="Please give a number of days."),
            NumberRange(min=1, max=MAX_SUSPENSION_DAYS, message="Between 1 and 365 days."),
        ],
    )
    reason = _reason("Reason (the member sees it)", required=True)


class AppointForm(Form):
    username = StringField("Username", filters=[strip], validators=[DataRequired()])
    reason = _reason()


class CategoryForm(Form):
    slug = StringField("Slug (in the address)", filters=[strip], validators=[DataRequired()])
    name = StringField("Name", filters=[strip], validators=[DataRequired(), Length(max=80)])
    description = TextAreaField(
        "Description", filters=[strip], validators=[Optional(), Length(max=300)]
    )
    position = IntegerField("Position", validators=[Optional()])
