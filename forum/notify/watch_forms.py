"""The thread page's watch control."""

from wtforms import RadioField
from wtforms.fields.choices import SelectChoice

from ..forms import Form
from ..models import WatchLevel

LEVEL_CHOICES = [
    SelectChoice(WatchLevel.WATCHING.value, "Watching: tell me about every new reply"),
    SelectChoice(WatchLevel.NORMAL.value, "Normal: only when someone quotes me"),
    SelectChoice(WatchLevel.MUTED.value, "Muted: never tell me about this thread"),
]


class WatchForm(Form):
    level = RadioField("Notifications for this thread", choices=LEVEL_CHOICES)
