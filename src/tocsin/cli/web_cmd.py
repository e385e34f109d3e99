"""Serving the web application, and the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tocsin.cli.main import STATE

DEFAULT_PORT = 8750


def serve(host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port.")] = DEFAULT_PORT,
          workers: Annotated[int, typer.Option(help="Worker processes (use PostgreSQL for more than one "
                                                    "busy writer).")] = 1) -> None:
    """Serve the web application and the REST API."""
    import os

    import uvicorn

    settings = STATE.settings()
    STATE.services  # migrate before workers start  # noqa: B018
    os.environ["TOCSIN_HOME"] = str(settings.home)
    if settings.database_url:
        os.environ["TOCSIN_DATABASE_URL"] = settings.database_url
    typer.echo(f"tocsin on http://{host}:{port}/", err=True)
    uvicorn.run("tocsin.app:create_app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


def demo(host: Annotated[str, typer.Option()] = "127.0.0.1",
         port: Annotated[int, typer.Option()] = DEFAULT_PORT,
         no_serve: Annotated[bool, typer.Option("--no-serve", help="Load the demo, do not serve.")] = False
         ) -> None:
    """Load the demo corpus (a fictional situation) into the home and serve the web app."""
    from tocsin.demo import load_demo

    summary = load_demo(STATE.services)
    for line in summary:
        typer.echo(line, err=True)
    if not no_serve:
        serve(host=host, port=port, workers=1)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(demo)


__all__ = ["Path", "demo", "register", "serve"]
