"""Account routes: thin, each parses a form and calls one service."""

import hmac
import json

from flask import current_app, flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_url, login_user, logout_user

from .. import handoff
from ..errors import session_ended
from ..extensions import login_manager
from ..limits import limited
from ..models import User
from ..moderation.header import remember_waiting
from ..notify.forms import MailSettingsForm
from ..notify.reading import remember_unread
from ..notify.services import member_with_header_counts
from ..urls import safe_next
from . import bp, export, ownership, services
from .forms import (
    AccountForm,
    DeleteAccountForm,
    ExportForm,
    LoginForm,
    PasswordForm,
    RegisterForm,
)

login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to continue."
login_manager.login_message_category = "info"

# Sent with logging out and with deleting the account: the drafts kept in this browser
# (static/forum.js) go with the session.
CLEAR_DRAFTS = {"Clear-Site-Data": '"storage"'}
CONFIRM_SENT = (
    "A link to confirm your new e-mail address is on its way there. No other mail goes to it "
    "until you follow the link."
)


@login_manager.unauthorized_handler
def unauthorized():
    """Flask-Login's redirect to the login page, except for a story, reply or edit sent
    after the session ended: its text comes along (forum.handoff)."""
    if handoff.applies():
        token = handoff.keep()
        if token:
            return session_ended(token)
    flash(login_manager.login_message, login_manager.login_message_category)
    return redirect(login_url(login_manager.login_view, request.url))


@login_manager.user_loader
def load_user(login_id: str) -> User | None:
    """The account behind a session's login id, if its password has not changed since."""
    user_id, _, _ = login_id.partition(".")
    if not user_id.isdigit():
        return None
    user, unread, stored, waiting = member_with_header_counts(int(user_id))
    if user is None or user.deleted_at is not None:
        return None
    if not hmac.compare_digest(user.get_id(), login_id):
        return None
    remember_unread(unread, stored)  # the header's counts, loaded with the member
    remember_waiting(waiting)
    return user


def _safe_next(target: str | None) -> str:
    return safe_next(target, url_for("threads.index"))


@bp.route("/register", methods=["GET", "POST"])
@limited("register")
def register():
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = services.create_user(form.username.data, form.password.data)
        except services.UsernameTaken:
            form.username.errors.append("That username is taken. Please choose another.")
        else:
            _start_session(user)
            flash("Welcome to Debrief. Your account is ready.", "success")
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limited("login", per_username=True)
def login():
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    form = LoginForm()
    kept = request.form.get(handoff.FIELD)
    carried = handoff.open_(kept) if request.method == "POST" else None
    if form.validate_on_submit():
        user = services.authenticate(form.username.data, form.password.data)
        if user is not None:
            _start_session(user, remember=form.remember.data)
            if carried is not None:
                return _back_to_the_form(kept, carried["path"])
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append("That username and password do not match an account.")
    if carried is not None:
        return session_ended(kept, form, code=200)
    return render_template("auth/login.html", form=form)


def _back_to_the_form(token: str, path: str):
    """After a login that carried a hand-off: one button (pressed by forum.js) that brings
    the story, reply or edit form back with its text. Nothing is posted by it."""
    # The login's form cached a CSRF token of the session that _start_session cleared.
    g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)
    page = render_template("auth/handoff.html", token=token, back=path)
    return page, 200, handoff.HEADERS


def _start_session(user: User, *, remember: bool = False) -> None:
    """Log in with a new session: nothing of the one before the login carries over."""
    session.clear()
    login_user(user, remember=remember)


@bp.post("/logout")
def logout():
    if current_user.is_authenticated:
        services.log_out(current_user._get_current_object())
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    # Drafts kept in this browser (static/forum.js) go with the session: the workstation
    # may be shared. forum.js clears them too, for browsers without this header.
    return redirect(url_for("threads.index")), 302, CLEAR_DRAFTS


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    form = AccountForm(obj=current_user)
    if form.validate_on_submit():
        changed = services.update_account(
            current_user, profession=form.profession.data, email=form.email.data
        )
        flash("Your settings are saved.", "success")
        if changed and current_user.email:
            flash(CONFIRM_SENT, "info")
        return redirect(url_for("auth.account"))
    mail_form = MailSettingsForm(obj=current_user, formdata=None)
    return render_template("auth/account.html", form=form, mail_form=mail_form)


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = PasswordForm()
    if form.validate_on_submit():
        if services.change_password(current_user, form.current.data, form.new.data):
            login_user(current_user._get_current_object())  # this device stays logged in
            flash("Your password is changed.", "success")
            return redirect(url_for("auth.account"))
        form.current.errors.append("That is not your current password.")
    return render_template("auth/password.html", form=form)


# Owning the account: export, delete -------------------------------------------------------


@bp.route("/account/export", methods=["GET", "POST"])
@limited("login")  # the password is asked again: guessing it is slowed as at the login
@login_required
def export_data():
    """The member's data as a JSON download, after they type their password again."""
    form = ExportForm()
    if form.validate_on_submit():
        if ownership.password_matches(current_user, form.password.data):
            body = json.dumps(export.export_data(current_user), ensure_ascii=False, indent=2)
            headers = {
                "Content-Disposition": f'attachment; filename="{export.filename()}"',
                "Cache-Control": "no-store",
            }
            return current_app.response_class(body, 200, headers, mimetype="application/json")
        form.password.errors.append(ownership.WRONG_PASSWORD)
    return render_template("auth/export.html", form=form)


@bp.route("/account/delete", methods=["GET", "POST"])
@limited("login")
def delete_account():
    """Delete the account: a page that says what goes and what stays, the member's choice
    for their posts, and their password. Works without JavaScript."""
    if not current_user.is_authenticated:
        if request.method == "POST" and _deleted_in_this_session():
            return _gone(None)  # the same form sent twice: the first one did it
        return login_manager.unauthorized()
    form = DeleteAccountForm()
    last_admin = ownership.is_last_admin(current_user)
    if form.validate_on_submit():
        try:
            ownership.delete_account(
                current_user, password=form.password.data, posts=form.posts.data
            )
        except ownership.WrongPassword as refused:
            form.password.errors.append(str(refused))
        except ownership.LastAdmin:
            last_admin = True
        else:
            return _gone(form.posts.data)
    refusal = ownership.LAST_ADMIN if last_admin else None
    return render_template(
        "auth/delete.html", form=form, refusal=refusal, erased_title=ownership.ERASED_TITLE
    )


def _deleted_in_this_session() -> bool:
    """Whether this browser's session was logged in to an account deleted since."""
    user_id, _, _ = str(session.get("_user_id", "")).partition(".")
    return user_id.isdigit() and ownership.is_deleted(int(user_id))


def _gone(posts: str | None):
    """Logged out here (the server ended every other session), with this browser's drafts
    cleared, on a page that says what happened."""
    logout_user()
    session.clear()
    target = url_for("auth.account_deleted", posts=posts if posts in ("erase", "keep") else None)
    return redirect(target), 302, CLEAR_DRAFTS


@bp.get("/account/deleted")
def account_deleted():
    """Where a deleted account lands: what happened to it and to its posts. A plain page
    anyone may open; it shows nothing of any account."""
    posts = request.args.get("posts")
    return render_template("auth/deleted.html", posts=posts if posts in ("erase", "keep") else None)
