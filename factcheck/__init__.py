"""factcheck: find facts and figures that disagree between versions of a news story.

This module is the public API; everything else lives in private modules.
"""

from importlib.metadata import PackageNotFoundError, version as _version

from ._config import Config
from ._errors import InputFileError, PluginError, RuleValidationError, UsageError, VocabError
from ._intervals import consistent_groups, could_meet, dates_meet, values_meet
from ._markers import hookimpl, rule
from ._regex import PatternTimeout, compile as compile_pattern
from ._model import (
    ARTICLE_ZONES,
    AlignedPair,
    Claim,
    Document,
    Fact,
    Finding,
    InputError,
    Item,
    Rule,
    RuleReport,
    Sentence,
    Story,
    Version,
    VersionGroup,
    Zone,
)
from ._vocab import Vocab
from .report._describe import resolution as describe

try:
    __version__ = _version("factcheck-news")
except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
    __version__ = "0+unknown"

__all__ = [
    "ARTICLE_ZONES",
    "AlignedPair",
    "Claim",
    "Config",
    "Document",
    "Fact",
    "Finding",
    "InputError",
    "InputFileError",
    "Item",
    "PatternTimeout",
    "PluginError",
    "Rule",
    "RuleReport",
    "RuleValidationError",
    "Sentence",
    "Story",
    "UsageError",
    "Version",
    "VersionGroup",
    "Vocab",
    "VocabError",
    "Zone",
    "__version__",
    "compile_pattern",
    "consistent_groups",
    "could_meet",
    "dates_meet",
    "describe",
    "hookimpl",
    "rule",
    "values_meet",
]
