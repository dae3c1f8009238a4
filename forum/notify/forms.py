"""Forms of the e-mail pages: mail settings, asking for a reset link, a new password."""

from wtforms import BooleanField, PasswordField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from ..auth.services import password_problem
from ..forms import Form, strip

MODES = [
    SelectChoice("off", "Off"),
    SelectChoice("now", "Immediately"),
    SelectChoice("digest", "Daily digest"),
]
KIND_LABELS = {
    "reply": "A reply in a thread you watch",
    "quote": "A reply that quotes you",
    "helpful": "Helpful votes on your posts",
    "held": "A reply to your story waiting for the moderators",
    "moderation": "Moderation notices",
}
MODE_REQUIRED = "Please choose one of the settings."


def _mode(kind: str) -> SelectField:
    return SelectField(
        KIND_LABELS[kind], choices=MODES, validate_choice=True, validators=[DataRequired()]
    )


class MailSettingsForm(Form):
    mail_reply = _mode("reply")
    mail_quote = _mode("quote")
    mail_helpful = _mode("helpful")
    mail_held = _mode("held")
    mail_moderation = _mode("moderation")
    auto_watch = BooleanField("Watch threads I start or reply in")

    def modes(self) -> dict[str, str]:
        return {name.removeprefix("mail_"): self[name].data for name in self.mode_fields()}

    @staticmethod
    def mode_fields() -> list[str]:
        return [f"mail_{kind}" for kind in KIND_LABELS]


class ResetRequestForm(Form):
    who = StringField(
        "Username or e-mail address",
        filters=[strip],
        validators=[
            DataRequired(message="Please give your username or e-mail address."),
            Length(max=254, message="Use at most 254 characters."),
        ],
    )


def _password_rules(form, field):
    if message := password_problem(field.data or ""):
        raise ValidationError(message)


class NewPasswordForm(Form):
    new = PasswordField("New password", validators=[DataRequired(), _password_rules])
    confirm = PasswordField(
        "Repeat new password",
        validators=[DataRequired(), EqualTo("new", message="The passwords do not match.")],
    )
