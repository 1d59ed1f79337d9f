"""Shared helpers of the end-to-end and CLI tests: the repository root and a CLI runner."""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from storyline.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent


def invoke(args: list[str], expect: int | None = 0) -> Result:
    """Run ``storyline ARGS`` in-process; check the exit code unless ``expect`` is None."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    if expect is not None and result.exit_code != expect:
        trace = ""
        if result.exc_info and not isinstance(result.exception, SystemExit):
            trace = "".join(traceback.format_exception(*result.exc_info))
        raise AssertionError(
            f"storyline {' '.join(map(str, args))} exited {result.exit_code}, expected {expect}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}\n{trace}"
        )
    return result


def invoke_json(args: list[str]) -> object:
    """Run a command that prints JSON on standard output and parse it."""
    return json.loads(invoke(args).stdout)


@pytest.fixture(scope="session")
def cli() -> Callable[..., Result]:
    return invoke


@pytest.fixture(scope="session")
def cli_json() -> Callable[[list[str]], object]:
    return invoke_json


def _md_cells(row: str) -> int:
    """How many cells a Markdown table row has (escaped pipes inside cells not counted)."""
    return len(re.findall(r"(?<!\\)\|", row)) - 1


@pytest.fixture(scope="session")
def cells() -> Callable[[str], int]:
    return _md_cells
