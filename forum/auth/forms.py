"""Account forms. The rules themselves live in auth.services, shared with the CLI."""

import re

from wtforms import BooleanField, PasswordField, StringField
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
        description="Only for notifications. Never shown to anyone.",
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
