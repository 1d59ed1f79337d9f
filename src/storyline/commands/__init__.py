"""Sub-commands that live in modules of their own; ``storyline.cli`` registers them with ``add_command``.

Shared helpers (``--db`` option, opening the store, JSON output) stay in ``storyline.cli``; options
shared by ``storyline.cli`` and these modules (``--favor``) are here, so that both import them.
"""

import click

favor_option = click.option(
    "--favor",
    type=click.Choice(["balanced", "precision", "recall"]),
    default="balanced",
    show_default=True,
    help="HTML pages: trafilatura's trade-off (precision: less furniture; recall: less text lost).",
)
