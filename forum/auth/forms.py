"""Account forms. The rules themselves live in auth.services, shared with the CLI."""

import re

from wtforms import BooleanField, PasswordField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, Optional, ValidationError

from ..forms import Form, strip
from .services import PASSWORD_MAX, password_problem, username_problem

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check(problem):
    def validator(form, field):
        message = problem(field.data or "")
        if message:
            raise ValidationError(message)

    return validator


class RegisterForm(Form):
    username = StringField(
        "Username", filters=[strip], validators=[DataRequired(), _check(username_problem)]
    )
    password = PasswordField("Password", validators=[DataRequired(), _check(password_problem)])
    confirm = PasswordField(
        "Repeat password",
        validators=[DataRequired(), EqualTo("password", message="The passwords do not match.")],
    )


class LoginForm(Form):
    username = StringField("Username", filters=[strip], validators=[DataRequired(), Length(max=30)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=PASSWORD_MAX)])
    remember = BooleanField("Remember me on this device")


class AccountForm(Form):
    profession = StringField(
        "Profession (optional)",
        filters=[strip],
        description='Shown next to your name on your posts, e.g. "ICU nurse".',
        validators=[Optional(), Length(max=60, message="Use at most 60 characters.")],
    )
    email = StringField(
        "E-mail (optional)",
        filters=[strip],
        description="For the notifications you choose below and for password reset links. "
        "Never shown to anyone.",
        validators=[Optional(), Length(max=254, message="Use at most 254 characters.")],
    )

    def validate_email(self, field):
        if field.data and not EMAIL_RE.match(field.data):
            raise ValidationError("This does not look like an e-mail address.")


class PasswordForm(Form):
    current = PasswordField(
        "Current password",
        validators=[
            DataRequired(),
            Length(max=PASSWORD_MAX, message="That is not your current password."),
        ],
    )
    new = PasswordField("New password", validators=[DataRequired(), _check(password_problem)])
    confirm = PasswordField(
        "Repeat new password",
        validators=[DataRequired(), EqualTo("new", message="The passwords do not match.")],
    )


def _password_again(label: str = "Your password") -> PasswordField:
    return PasswordField(
        label,
        validators=[
            DataRequired(message="Please type your password."),
            Length(max=PASSWORD_MAX, message="That is not your password."),
        ],
    )


class DeleteAccountForm(Form):
    """Deleting one's account: what becomes of the posts (no default: the member chooses),
    and the password, so that a session left open on a shared computer cannot do it."""

    posts = RadioField(
        "What happens to your posts?",
        choices=[
            SelectChoice("erase", "Erase them: delete the text of every post of mine"),
            SelectChoice("keep", "Keep them, anonymised, under the names their threads show"),
        ],
        invalid_choice_message="Choose what happens to your posts: erase them or keep them.",
    )
    password = _password_again()


class ExportForm(Form):
    """Downloading one's data asks for the password: the file ties the account to every
    anonymous post of theirs, and a session may have been left open on a shared computer."""

    password = _password_again()
