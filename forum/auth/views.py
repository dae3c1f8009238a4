"""Account routes: thin, each parses a form and calls one service."""

import hmac

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, login_manager
from ..limits import limited
from ..models import User
from ..urls import safe_next
from . import bp, services
from .forms import AccountForm, LoginForm, PasswordForm, RegisterForm

login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to continue."
login_manager.login_message_category = "info"


@login_manager.user_loader
def load_user(login_id: str) -> User | None:
    """The account behind a session's login id, if its password has not changed since."""
    user_id, _, _ = login_id.partition(".")
    user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
    if user is None or not hmac.compare_digest(user.get_id(), login_id):
        return None
    return user


def _safe_next(target: str | None) -> str:
    return safe_next(target, url_for("threads.index"))


@bp.route("/register", methods=["GET", "POST"])
@limited("register")
def register():
    if current_user.is_authenticated:
        return redirect(url_for("threads.index"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = services.create_user(form.username.data, form.password.data)
        except services.UsernameTaken:
            form.username.errors.append("That username is taken. Please choose another.")
        else:
            _start_session(user)
            flash("Welcome to Debrief. Your account is ready.", "success")
            return redirect(url_for("threads.index"))
    return render_template("auth/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limited("login", per_username=True)
def login():
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    form = LoginForm()
    if form.validate_on_submit():
        user = services.authenticate(form.username.data, form.password.data)
        if user is not None:
            _start_session(user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append("That username and password do not match an account.")
    return render_template("auth/login.html", form=form)


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
    return redirect(url_for("threads.index"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    form = AccountForm(obj=current_user)
    if form.validate_on_submit():
        services.update_account(
            current_user, profession=form.profession.data, email=form.email.data
        )
        flash("Your settings are saved.", "success")
        return redirect(url_for("auth.account"))
    return render_template(
        "auth/account.html", form=form, password_form=PasswordForm(formdata=None)
    )


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
