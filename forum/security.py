"""Browser defences on every response, set in one after_request hook, and the endpoint that
receives the browser's reports of Content-Security-Policy violations.

A hook of our own rather than Flask-Talisman: the forum needs a fixed set of headers and
nothing of Talisman's per-view options, HTTPS redirects (the reverse proxy's job) or nonces
(no page has an inline script or style), and eight lines are easier to audit than an
extension's defaults."""

from __future__ import annotations

import json

from flask import Blueprint, Flask, current_app, request

from .extensions import csrf
from .limits import limited

REPORT_PATH = "/csp-report"

# No inline script, no inline style, nothing from another origin: an injected <script> or
# on* attribute does not run even if sanitising ever failed. Posts carry no images.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        # report-uri alone: every browser sends it at once, while Chromium, given report-to
        # too, ignores report-uri and batches its reports for up to a minute.
        f"report-uri {REPORT_PATH}",
    ]
)
# Browser features the forum never uses.
PERMISSIONS = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "midi", "payment", "usb",
    )
)  # fmt: skip

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # A clinician following a link out of a story tells the other site nothing of the thread.
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS,
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
}

bp = Blueprint("security", __name__)


@bp.post(REPORT_PATH)
@csrf.exempt  # browsers send reports without a token
@limited("csp_report")  # per address, as an HMAC that expires (see extensions.opaque_key)
def csp_report():
    """Log a violation report: which directive, on which page, what was blocked. Never the
    client's address, and nothing longer than a line."""
    for report in _reports(request.get_data(cache=False, as_text=True)[:20_000]):
        current_app.logger.warning(
            "CSP violation: %s blocked %s on %s",
            _short(report.get("effective-directive") or report.get("violated-directive")),
            _short(report.get("blocked-uri") or report.get("blockedURL")),
            _short(report.get("document-uri") or report.get("documentURL")),
        )
    return "", 204


def _reports(body: str) -> list[dict]:
    """The reports in a body of either format: report-uri's {"csp-report": {…}}, or the
    Reporting API's [{"type": "csp-violation", "body": {…}}, …] should report-to be added."""
    try:
        data = json.loads(body)
    except ValueError:
        return []
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        return [data["csp-report"]]
    if isinstance(data, list):
        return [
            item["body"]
            for item in data
            if isinstance(item, dict) and isinstance(item.get("body"), dict)
        ]
    return []


def _short(value) -> str:
    text = str(value or "-")
    return (text.split("?", 1)[0])[:200]  # query strings may carry what a reader typed


def register(app: Flask) -> None:
    app.register_blueprint(bp)
    hsts = app.config.get("HSTS_SECONDS")

    defences = list(HEADERS.items())
    if hsts:
        defences.append(("Strict-Transport-Security", f"max-age={int(hsts)}; includeSubDomains"))
    defences = [(name.lower(), name, value) for name, value in defences]

    @app.after_request
    def browser_defences(response):
        # One look at the headers already set, not one per header (setdefault scans them
        # all each time): a page from the page cache costs little else.
        present = {name.lower() for name, _ in response.headers.items()}
        for lower, name, value in defences:
            if lower not in present:
                response.headers.add(name, value)
        return response
