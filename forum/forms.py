"""The base of every form: CSRF from Flask-WTF, and no NUL characters in any text field
(passwords are taken as typed)."""

from flask_wtf import FlaskForm
from wtforms import PasswordField


def _no_nul(value):
    """NUL characters carry no meaning and PostgreSQL refuses them in text."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def strip(value):
    return value.strip() if isinstance(value, str) else value


class Form(FlaskForm):
    class Meta:
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", ()))
            if not issubclass(unbound_field.field_class, PasswordField):
                filters.insert(0, _no_nul)
            return unbound_field.bind(form=form, filters=filters, **options)
