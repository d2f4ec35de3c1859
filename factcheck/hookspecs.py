"""The plugin contract: every hook factcheck calls, grouped by pipeline stage.

Every hook is called with keyword arguments only; an implementation may take any
subset of a hook's arguments. Built-in loaders, stages, rules and reporters
implement these hooks exactly as a third-party plugin does, and are registered
through the same ``factcheck`` entry-point group.

    load -> group -> segment -> extract -> align -> collect/run rules -> report
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    import argparse
    from datetime import date, datetime

    from ._config import Config
    from ._model import Claim, Document, Fact, InputError, Rule, RuleReport, Story, Version
    from ._plugins import PluginManager
    from ._session import Session
    from ._vocab import Vocab

hookspec = pluggy.HookspecMarker("factcheck")

# --------------------------------------------------------------------------
# Initialisation
# --------------------------------------------------------------------------


@hookspec(historic=True)
def factcheck_addoption(parser: argparse.ArgumentParser, pluginmanager: PluginManager) -> None:
    """Add command-line options.

    Args:
        parser: the ``argparse`` parser; add an argument group for your plugin.
        pluginmanager: the plugin manager.

    Historic: plugins registered later still receive the call.
    """


@hookspec(historic=True)
def factcheck_configure(config: Config) -> None:
    """Set up after the command line and ``[tool.factcheck]`` are read.

    Reporters register themselves here when ``config.format`` names them, as
    pytest's terminal reporter does. With ``-j N``, each worker process is
    sent the configuration (options and settings; ``config.stash`` starts
    empty there), loads the same plugins and calls this hook again.

    Args:
        config: the run's configuration.
    """


@hookspec
def factcheck_report_formats() -> list[str]:
    """Name the output formats this plugin writes (the values ``--format`` accepts).

    Returns:
        A list of format names. Results from all plugins are combined.
    """


@hookspec
def factcheck_vocab_dirs() -> list[Path]:
    """Folders holding language data (``<lang>/<topic>.toml``) this plugin ships.

    A plugin adds a language, or more words to one, by returning a folder.
    Results from all plugins are combined; later folders add to earlier ones.
    """


# --------------------------------------------------------------------------
# Loading: files become versions with metadata
# --------------------------------------------------------------------------


@hookspec(firstresult=True)
def factcheck_load_file(path: Path, display_path: str, data: bytes, config: Config) -> list[Version] | None:
    """Read one file into versions (most formats give one; a JSON lines file may give many).

    Args:
        path: the file's path; its suffix tells the format. Standard input
            comes as ``<stdin>.txt``, or ``<stdin>.jsonl`` with ``--format jsonl``.
        display_path: the path as reached from the command-line argument
            (``-`` for standard input); use it as ``Version.path``.
        data: the file's bytes. Loaders never read the disk themselves.
        config: the run's configuration.

    Returns:
        The versions, or None when the file is not of this plugin's format.
        A loader that reads the text out of markup or a structured file sets
        ``Version.extracted_from`` (``"html"``, ``"record"``, …): reports then
        give no line and column in the file for its claims. Raise ``factcheck.InputFileError`` with a clear message for a file of
        your format that cannot be read; for a part of it that cannot be read
        (one bad record), put an ``InputFileError`` in the list in its place.

    Stops at the first non-None result.
    """


@hookspec(firstresult=True)
def factcheck_detect_language(version: Version, config: Config) -> tuple[str, str] | None:
    """Detect the language of a version that does not state it.

    Returns:
        ``(code, source)`` such as ``("fr", "detected (p=0.99)")``, or None.

    Stops at the first non-None result.
    """


@hookspec(firstresult=True)
def factcheck_infer_published(version: Version, config: Config) -> tuple[date | datetime, str] | None:
    """Infer the publication date of a version that does not state it in front matter.

    ``version.lang`` is already known.

    Returns:
        ``(date or datetime, source)`` where source says how it was found
        (``byline 'Publié dans X le 14 - 04 - 2024'``, ``inferred: …``), or None.

    Stops at the first non-None result.
    """


@hookspec(firstresult=True)
def factcheck_sketch_version(version: Version, config: Config) -> Any | None:
    """Take what grouping needs of a loose version, as soon as it is read.

    A folder of loose files is grouped only once every file is read; a sketch
    lets the text go meanwhile, so that 100,000 files fit in memory. When a
    sketch is returned, the version reaches ``factcheck_group_versions``
    without its text (``text == ""``), and its file is read again when its
    story is checked. Versions read from stdin or from a file of records are
    never sketched: they keep their text.

    Returns:
        Anything picklable that ``factcheck_group_versions`` understands, or
        None to keep the version's text. A plugin that groups by text
        implements this hook too, or returns None here (``tryfirst``) to keep
        the texts.

    Stops at the first non-None result.
    """


@hookspec
def factcheck_loose_file_read(path: str, count: int) -> None:
    """Called as each loose file is read, before the folders are grouped.

    Grouping waits for every loose file, and a folder of 100,000 of them takes
    minutes to read: a reporter can show progress. ``count`` is the number of
    loose files read so far.
    """


@hookspec(firstresult=True)
def factcheck_group_versions(versions: list[Version], config: Config, sketches: list[Any] | None) -> list[list[Version]] | None:
    """Group loose versions (files lying side by side in one folder) into stories.

    Args:
        versions: the loose versions of one folder, sorted by path.
        sketches: for each version, what ``factcheck_sketch_version`` took of
            it (None for a version that keeps its text), or None when no
            version was sketched.

    Returns:
        A partition of ``versions``: every version in exactly one group.

    Stops at the first non-None result.
    """


# --------------------------------------------------------------------------
# Analysis: segment, extract, align
# --------------------------------------------------------------------------


@hookspec(firstresult=True)
def factcheck_segment(version: Version, vocab: Vocab, config: Config) -> Document | None:
    """Split a version into zones (headline, body, comments, site furniture …) and sentences.

    Stops at the first non-None result.
    """


@hookspec
def factcheck_extract(document: Document, vocab: Vocab, config: Config) -> list[Claim]:
    """Find claims (amounts, percentages, counts, dates …) in a segmented version.

    Every extractor is called; their claims are concatenated, then sorted by offset.
    Claims must carry exact offsets into ``document.version.text``.
    """


@hookspec(firstresult=True)
def factcheck_align(story: Story, documents: list[Document], claims: list[Claim], config: Config) -> list[Fact] | None:
    """Gather the claims of all versions of a story into facts: each fact holds the claims that state it.

    Args:
        claims: the article-zone claims of every version of the story.

    Returns:
        Facts, each with claims from at least two versions (a version may state a
        fact more than once). A list of AlignedPair is still accepted: each pair
        becomes a fact of two claims.

    Stops at the first non-None result.
    """


# --------------------------------------------------------------------------
# Rules: collection and running
# --------------------------------------------------------------------------


@hookspec
def factcheck_collect_rules(plugin: Any, plugin_name: str, config: Config) -> list[Rule]:
    """Turn a registered plugin into rules.

    The built-in implementation collects ``check_*`` functions marked with
    ``@factcheck.rule`` from plugin modules (functions defined in the module
    itself, not imported into it).

    Args:
        plugin: a registered plugin object (usually a module).
        plugin_name: its registered name (``-p no:NAME`` blocks it).

    Returns:
        ``factcheck.Rule`` objects; for a function that looks like a rule but is
        not valid, a ``factcheck.RuleValidationError`` saying why, which the run
        reports (exit status 3) while the valid rules still run. Results from
        all implementations are combined.
    """


@hookspec(firstresult=True)
def factcheck_run_rule(item: Any, fixtures: dict[str, Any], config: Config) -> RuleReport | None:
    """Run one item: call the rule with the fixtures it asks for and make its report.

    Args:
        item: the ``factcheck.Item`` (rule, story, parameter).
        fixtures: every fixture value available to the item, by name.

    Stops at the first non-None result.
    """


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------


@hookspec
def factcheck_sessionstart(session: Session) -> None:
    """Called when stories are planned and rules collected, before any story is checked.

    ``session.planned`` gives the number of stories and versions to come;
    ``session.stories`` fills as stories are checked (story folders are read
    one at a time, when their turn comes). To keep memory bounded, a checked
    story keeps only the texts of the versions its findings cite (and of those
    extracted from HTML), on disk until a reporter reads that story; the other
    texts are empty. A reporter that must show every text (as the HTML report
    does) sets ``config.stash["factcheck.keep_analysis"] = True`` in
    ``factcheck_configure``.
    """


@hookspec
def factcheck_story_start(story: Story) -> None:
    """Called before a story's rules run."""


@hookspec
def factcheck_report(report: RuleReport) -> None:
    """Observe the outcome of one item. Reporters must not change it.

    Every item comes here; the session afterwards keeps only the reports of
    items that found something or raised (``session.item_count`` counts all).
    """


@hookspec
def factcheck_story_finish(story: Story, reports: list[RuleReport], facts: list[Fact], unaligned: list[Claim]) -> None:
    """Called after all rules of a story ran; the story's texts are still there.

    Args:
        facts: the story's facts (the claims several versions give of one thing).
        unaligned: the article claims that joined no fact: what was not compared.

    Afterwards the session keeps only the texts that findings quote (unless a
    reporter set ``config.stash[factcheck._config.KEEP_ANALYSIS]``), so a
    reporter that needs more of a story takes it here.
    """


@hookspec
def factcheck_input_error(error: InputError) -> None:
    """Observe a file, folder or plugin that could not be used."""


@hookspec
def factcheck_sessionfinish(session: Session, exitstatus: int) -> None:
    """Called at the end of the run; reporters write their summary or document here.

    ``session.stories.versions`` looks a version up by path, reading its
    kept text back only then: look up the versions a finding cites rather
    than building a dict of every version, which would hold every kept text
    at once; write a long report as it is made, not as one string.
    """


@hookspec
def factcheck_unconfigure(config: Config) -> None:
    """Called before the process exits."""
