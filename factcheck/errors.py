"""One exception type for every problem the user can fix, so the CLI can print one line and exit 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """Bad input the user can act on: the message already names the file (and line) and the problem."""


class InputError(FactcheckError):
    """A text file that cannot be read as UTF-8 text."""


class RulesError(FactcheckError):
    """A rules file that does not parse or does not validate."""
