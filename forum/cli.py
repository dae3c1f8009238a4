"""The `forum` command: Flask's own commands (run, db, shell) plus Debrief's."""

import sys

import click
from flask import Flask
from flask.cli import FlaskGroup
from sqlalchemy import func, select

from .extensions import db
from .models import Category, Role


def main() -> None:
    from . import create_app

    FlaskGroup(create_app=create_app, help="Debrief: run and manage the forum.")()


def _read_password(password_stdin: bool) -> str:
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    from .auth.services import password_problem

    if problem := password_problem(password):
        raise click.ClickException(f"Password: {problem}")
    return password


def register_commands(app: Flask) -> None:
    from .auth import services as accounts

    roles = click.Choice([r.value for r in Role])

    @app.cli.command("create-user")
    @click.argument("username")
    @click.option("--role", type=roles, default=Role.MEMBER.value, show_default=True)
    @click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
    def create_user(username, role, password_stdin):
        """Create an account (prompts for its password)."""
        if problem := accounts.username_problem(username):
            raise click.ClickException(f"Username: {problem}")
        try:
            accounts.create_user(username, _read_password(password_stdin), Role(role))
        except accounts.UsernameTaken:
            raise click.ClickException(f"The username {username!r} is taken.") from None
        click.echo(f"Created {username} ({role}).")

    @app.cli.command("set-role")
    @click.argument("username")
    @click.argument("role", type=roles)
    def set_role(username, role):
        """Make an account a member, moderator or admin."""
        user = accounts.get_user_by_username(username)
        if user is None:
            raise click.ClickException(f"No account is called {username!r}.")
        changed = accounts.set_role(user, Role(role))
        click.echo(f"{user.username} is {'now' if changed else 'already'} {role}.")

    @app.cli.group("category")
    def category():
        """List and manage categories."""

    @category.command("list")
    def category_list():
        for c in db.session.scalars(select(Category).order_by(Category.position, Category.id)):
            click.echo(f"{c.position:>3}  {c.slug:<24} {c.name} — {c.description}")

    @category.command("add")
    @click.argument("slug")
    @click.argument("name")
    @click.option("--description", default="")
    def category_add(slug, name, description):
        """Add a category at the end of the list."""
        from .threads import categories

        try:
            categories.add_category(slug, name, description)
        except ValueError as error:
            raise click.ClickException(str(error)) from None
        click.echo(f"Added {slug}.")

    @category.command("edit")
    @click.argument("slug")
    @click.option("--name")
    @click.option("--description")
    @click.option("--position", type=int)
    @click.option("--new-slug")
    def category_edit(slug, name, description, position, new_slug):
        """Rename, describe, reorder or re-slug a category."""
        from .threads import categories

        try:
            categories.edit_category(
                slug, name=name, description=description, position=position, new_slug=new_slug
            )
        except ValueError as error:
            raise click.ClickException(str(error)) from None
        click.echo(f"Updated {new_slug or slug}.")

    @app.cli.command("seed-demo")
    @click.option("--if-empty", is_flag=True, help="Do nothing when any category exists.")
    def seed_demo(if_empty):
        """Create demo categories, accounts and threads (safe to run again)."""
        from .demo import seed

        if if_empty and db.session.scalar(select(func.count()).select_from(Category)):
            click.echo("The database already has content; not seeding.")
            return
        seed(app.instance_path, echo=click.echo)

    @app.cli.command("rerender")
    def rerender():
        """Rebuild every post's stored HTML from its Markdown (after a renderer change)."""
        from .threads.services import rerender_all

        click.echo(f"Re-rendered {rerender_all()} posts.")

    @app.cli.command("recount")
    def recount():
        """Rebuild stored counters (scores, reply counts) from rows."""
        from .threads.services import recount_all_threads
        from .threads.votes import recount_scores

        scores, threads = recount_scores(), recount_all_threads()
        click.echo(f"Fixed {scores} scores, {threads} thread and category counters.")

    @app.cli.command("reindex")
    def reindex():
        """Rebuild the search index from the posts (the triggers keep it as posts change)."""
        from .search.schema import fill

        def progress(done, last_id, max_id):
            click.echo(f"  {done:,} posts indexed (ids up to {last_id:,} of {max_id:,})")

        with db.engine.begin() as conn:
            total = fill(conn, progress)
        click.echo(f"Indexed {total:,} published posts.")

    @app.cli.command("search-optimize")
    def search_optimize():
        """Rewrite the search index in one piece, dropping deleted posts' words (SQLite)."""
        from .search.schema import optimize

        with db.engine.begin() as conn:
            optimize(conn)
        click.echo("The search index is rewritten.")

    @app.cli.command("cache-reset")
    def cache_reset():
        """Make every cached page unreachable (after restoring a backup: its stamps go back)."""
        from .pagecache.stamps import new_epoch

        with db.engine.begin() as conn:
            new_epoch(conn)
        click.echo("Every cached page is out of date; pages are rendered again as they are read.")

    @app.cli.command("mail-worker")
    @click.option("--once", is_flag=True, help="Send what is due now, then exit.")
    @click.option("--interval", type=click.FloatRange(min=0.1), default=10.0, show_default=True)
    @click.option("--batch", type=click.IntRange(min=1), default=50, show_default=True)
    def mail_worker(once, interval, batch):
        """Send the outbox's e-mail and the daily digests (until SIGTERM or Ctrl-C)."""
        from .notify.worker import run

        run(once=once, interval=interval, batch=batch)

    from .ops import register_commands as register_ops

    register_ops(app)

    from .benchdata import register_commands as register_bench

    register_bench(app)


if __name__ == "__main__":  # python -m forum.cli, as `forum` runs it
    main()
