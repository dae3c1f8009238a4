"""The "Support after a hard shift" page's text: the operator's Markdown file, or a built-in
default with the places only the operator can fill clearly marked."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from flask import Flask
from markupsafe import Markup

from ..rendering import render

log = logging.getLogger(__name__)

# The operator's file is theirs, but a page has to stay a page: past this it is not read.
MAX_CHARS = 100_000

DEFAULT = """\
Making a mistake at work, or being part of an event where a patient was harmed, hurts. \
Many clinicians feel it for weeks. It does not mean you are a bad clinician, and you do \
not have to carry it alone.

# If you are not safe right now

If you are thinking about harming yourself, or you feel you cannot keep yourself safe, \
contact your local emergency number or a crisis line now, or go to the nearest emergency \
department. Tell someone near you.

- **[Operator: add your country's crisis line and emergency number here]**

# What many clinicians feel afterwards

People who study this call it the "second victim" experience: the clinician is hurt by \
the event too. Common reactions are:

- going over what happened again and again, and "what if" thoughts;
- guilt, shame, or feeling like a fraud;
- fear of the investigation, of complaints, of losing your job or registration;
- trouble sleeping, appetite changes, feeling on edge at work;
- doubting every decision, checking and re-checking;
- wanting to avoid the ward, the patient's family, or the profession.

These are normal reactions to an abnormal event. For most people they ease with time and \
support. Feeling them says nothing about your worth.

# What helps in the first days

- **Talk to one person you trust** today: a colleague, a supervisor, a friend. Saying it \
out loud to someone who understands the work helps more than going over it alone.
- **Ask for a peer-support conversation.** Many hospitals and services have trained peer \
supporters for clinicians after an adverse event; it is confidential and not part of the \
investigation.
- **Look after the basics**: sleep, food, water, time off if you can get it. Go easy on \
alcohol.
- **Get advice before formal statements**: your professional body, union or indemnity \
provider can tell you what to expect and help you write a factual account.
- **Write down the facts** for yourself while they are fresh: what you knew, what you did, \
what the system around you did. It helps the review, and it helps you see the whole picture.
- **Remember the system**: most errors have several causes. A review that asks *what* \
happened, not *who*, is how care gets safer.

# Where to turn

- **[Operator: add your organisation's employee assistance line here]**
- **[Operator: add your organisation's peer-support or "second victim" programme here]**
- **[Operator: add the confidential health service for practitioners in your country here]**
- **[Operator: add your professional bodies' and unions' advice lines here]**
- Your own doctor (family doctor or primary care): tell them what happened and how you are \
sleeping.

# When to get more help

If, weeks later, you still cannot sleep, see the event again and again, drink more, dread \
going to work, think about leaving the profession, or have any thought of harming \
yourself, talk to a health professional, your own doctor, or a service above. Getting help \
is what you would tell a colleague to do.

# On Debrief

You can tell your story here anonymously and hear from peers who have been through \
something similar. You can ask for no "why did you" replies, and moderators hold replies \
that second-guess you. Debrief is peer support: it is not a crisis service, and nobody \
here is watching in real time.
"""


def support_path(app: Flask) -> Path:
    """`FORUM_SUPPORT_FILE`, a path relative to the instance folder unless absolute."""
    path = Path(str(app.config.get("SUPPORT_FILE") or "support.md")).expanduser()
    return path if path.is_absolute() else Path(app.instance_path) / path


_cache: dict[tuple, Markup] = {}


def support_html(app: Flask) -> tuple[Markup, bool]:
    """The page's HTML and whether it came from the operator's file. The file is rendered
    through forum.rendering.render like a post, once per version of the file."""
    path = support_path(app)
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in _cache:
            text = path.read_text(encoding="utf-8")[:MAX_CHARS]
            _cache.clear()
            _cache[key] = _as_page(text)
        return _cache[key], True
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as error:
        log.warning("Support page: cannot read %s (%s); showing the built-in text", path, error)
    return default_html(), False


# render() puts a post's "#" at h3 (a post sits under the page's h1 and a section's h2); on
# this page the text is the page, so its "#" comes right under the page's h1.
_HEADING_TAG = re.compile(r"<(/?)h([3-6])>")


def _as_page(text: str) -> Markup:
    """The text rendered like a post, its headings one level up (the HTML is bleach's, so
    every heading tag is a bare <hN>)."""
    return Markup(_HEADING_TAG.sub(lambda m: f"<{m[1]}h{int(m[2]) - 1}>", str(render(text))))


def default_html() -> Markup:
    if "default" not in _DEFAULT_HTML:
        _DEFAULT_HTML["default"] = _as_page(DEFAULT)
    return _DEFAULT_HTML["default"]


_DEFAULT_HTML: dict[str, Markup] = {}


def write_default(app: Flask) -> Path | None:
    """Write the built-in text to the support file if there is none (the demo seed does, so
    the operator has a file to edit); returns the path written, or None."""
    path = support_path(app)
    if path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DEFAULT, encoding="utf-8")
    return path
