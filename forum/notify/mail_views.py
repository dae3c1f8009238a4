"""E-mail routes: mail settings, confirming an address, unsubscribing, password reset.

Links from mail work without logging in; a bad link (tampered with, expired, used) gets a
page that says which and changes nothing."""

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, logout_user

from ..auth.forms import AccountForm
from ..extensions import csrf
from ..limits import limited
from . import addresses, bp, resets, tokens
from .forms import MailSettingsForm, NewPasswordForm, ResetRequestForm
from .mailer import KIND_PHRASES

BAD_LINK = {
    "invalid": (
        "This link does not work",
        "It may have been cut short or changed when it was copied. Open it again from the "
        "e-mail, or copy the whole of it. Nothing was changed.",
    ),
    "expired": ("This link has expired", "Nothing was changed."),
    "used": (
        "This link was used already",
        "The password was changed after the link was sent, so it no longer works. "
        "Nothing was changed.",
    ),
}
EXPIRED_HELP = {
    "confirm": "Confirmation links work for 3 days: log in and use “Send the link again” "
    "in Settings.",
    "unsubscribe": "Change what Debrief mails you in Settings after logging in.",
    "reset": "Reset links work for one hour: ask for a new one.",
}
UNSUBSCRIBE_PHRASES = {**KIND_PHRASES, "all": "notifications of any kind"}
RESET_SENT = (
    "If that is the username or e-mail address of an account with a confirmed e-mail "
    "address, a link to choose a new password is on its way there. It works for one hour."
)


def _bad_link(error: tokens.BadToken, purpose: str):
    title, detail = BAD_LINK[error.reason]
    if error.reason == "expired":
        detail = f"{EXPIRED_HELP[purpose]} {detail}"
    return render_template("notify/mail/link.html", title=title, detail=detail), 400


@bp.post("/account/notifications")
@login_required
def mail_settings():
    form = MailSettingsForm()
    if not form.validate_on_submit():
        account = AccountForm(obj=current_user, formdata=None)
        return render_template("auth/account.html", form=account, mail_form=form)
    if addresses.set_mail_modes(current_user, form.modes(), form.auto_watch.data):
        flash("Your notification settings are saved.", "success")
    return redirect(url_for("auth.account") + "#mail")


@bp.post("/account/email/confirm")
@login_required
@limited("confirm")
def resend_confirmation():
    if addresses.resend_confirmation(current_user):
        flash("A new confirmation link is on its way. It works for 3 days.", "success")
    return redirect(url_for("auth.account") + "#email")


@bp.get("/confirm/<token>")
def confirm(token: str):
    try:
        outcome = addresses.confirm_address(token)
    except tokens.BadToken as error:
        return _bad_link(error, "confirm")
    status = 400 if outcome == "stale" else 200
    return render_template("notify/mail/confirmed.html", outcome=outcome), status


@bp.route("/unsubscribe/<token>", methods=["GET", "POST"])
@csrf.exempt  # a one-click POST from a mail client (RFC 8058) carries no form token
def unsubscribe(token: str):
    try:
        if request.method == "POST":
            link, already = addresses.unsubscribe(token)
        else:
            _, link, already = addresses.read_unsubscribe(token)
    except tokens.BadToken as error:
        return _bad_link(error, "unsubscribe")
    return render_template(
        "notify/mail/unsubscribe.html",
        phrase=UNSUBSCRIBE_PHRASES[link.kind],
        already=already,
        done=request.method == "POST" and not already,
    )


@bp.route("/reset", methods=["GET", "POST"])
@limited("reset")
def reset_request():
    form = ResetRequestForm()
    if form.validate_on_submit():
        resets.request_reset(form.who.data)
        flash(RESET_SENT, "info")
        return redirect(url_for("auth.login"))
    return render_template("notify/mail/reset_request.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    try:
        resets.account_for_reset(token)
    except tokens.BadToken as error:
        return _bad_link(error, "reset")
    form = NewPasswordForm()
    if form.validate_on_submit():
        try:
            resets.reset_password(token, form.new.data)
        except tokens.BadToken as error:
            return _bad_link(error, "reset")
        logout_user()
        session.clear()
        flash(
            "Your password is changed, and every device that was logged in to your account "
            "is logged out. Log in with the new password.",
            "success",
        )
        return redirect(url_for("auth.login"))
    return render_template("notify/mail/reset_password.html", form=form)
