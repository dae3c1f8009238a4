"""Account use cases. Each commits once and returns what changed."""

import re

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..models import Role, User
from ..notify import addresses

USERNAME_MIN, USERNAME_MAX = 3, 30
USERNAME_RE = re.compile(r"[A-Za-z0-9_.-]+")
PASSWORD_MIN, PASSWORD_MAX = 10, 200

# Compared against when the username is unknown, so both paths cost one hash check.
_DUMMY_HASH = generate_password_hash("not-a-real-password")


class UsernameTaken(ValueError):
    """The username (in any letter case) belongs to another account."""


def username_problem(name: str) -> str | None:
    """Why `name` cannot be a username, or None if it can."""
    if not USERNAME_MIN <= len(name) <= USERNAME_MAX:
        return f"Use between {USERNAME_MIN} and {USERNAME_MAX} characters."
    if not USERNAME_RE.fullmatch(name):
        return "Use only letters, digits, '_', '-' and '.'."
    return None


def password_problem(password: str) -> str | None:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        return f"Use between {PASSWORD_MIN} and {PASSWORD_MAX} characters."
    return None


def get_user_by_username(name: str) -> User | None:
    return db.session.scalar(User.by_username(name))


def create_user(username: str, password: str, role: Role = Role.MEMBER) -> User:
    user = User(
        username=username.strip(),
        password_hash=generate_password_hash(password),
        role=role,
    )
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise UsernameTaken(username) from None
    return user


def authenticate(username: str, password: str) -> User | None:
    user = get_user_by_username(username.strip())
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


def change_password(user: User, current: str, new: str) -> bool:
    """Set a new password if `current` is right; return whether it changed."""
    if not check_password_hash(user.password_hash, current):
        return False
    user.password_hash = generate_password_hash(new)
    db.session.commit()
    return True


def update_account(user: User, *, profession: str | None, email: str | None) -> bool:
    """Save the profession and the address; return whether the address changed (then a
    confirmation link goes to the new one, and the old one, if confirmed, is told)."""
    user.profession = (profession or "").strip() or None
    changed = addresses.change_address(user, (email or "").strip() or None)
    db.session.commit()
    return changed


def set_role(user: User, role: Role) -> bool:
    """Give the account a role; its sessions end, so the new role starts with a new login."""
    if user.role == role:
        return False
    user.role = role
    end_sessions(user)
    db.session.commit()
    return True


def end_sessions(user: User) -> None:
    """Make every session and remember-me cookie of the account stale (the caller commits)."""
    db.session.execute(
        update(User)
        .where(User.id == user.id)
        .values(session_generation=User.session_generation + 1)
    )
    db.session.refresh(user, ["session_generation"])


def log_out(user: User) -> None:
    """Logging out ends the account's sessions on the server side, on every device: a copy
    of the cookie taken before is worth nothing after."""
    end_sessions(user)
    db.session.commit()
