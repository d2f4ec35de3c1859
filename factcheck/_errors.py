"""Exceptions, kept in their own module so that every other module can import them without loops."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of factcheck's own errors."""


class UsageError(FactcheckError):
    """Bad command line or configuration (exit status 4)."""


class InputFileError(FactcheckError):
    """A file that cannot be read as a version; the message says what is wrong."""


class PluginError(FactcheckError):
    """A plugin that cannot be loaded or that breaks the hook contract."""


class RuleValidationError(PluginError):
    """A ``check_*`` function that is not a valid rule (bad code, unknown fixture …)."""


class VocabError(FactcheckError):
    """A language data file that cannot be read."""
