"""Command line: parse options, load plugins, run the session, return the exit status."""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Sequence

from . import __version__
from ._cache import DEFAULT_DIR
from ._config import Config, dask_scheduler, find_settings, validate_settings, workers
from ._errors import InputFileError, UsageError
from ._fence import stop_requested, stop_signals
from ._load import PUBLISHED_FORMS, parse_published, primary_language
from ._model import SEVERITIES, Rule
from ._plugins import PluginManager
from ._startup import setup_plugins
from ._session import MAX_FILE_MB, ExitCode, Session
from ._timeout import DEFAULT_SECONDS


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors with exit status 4 instead of exiting with 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _early_parser() -> argparse.ArgumentParser:
    """Options needed before plugins load: which plugins, which rule folders."""
    parser = _Parser(add_help=False)
    parser.add_argument("-p", dest="plugins", action="append", default=[], metavar="NAME")
    parser.add_argument("--rules", action="append", default=[], metavar="DIR")
    return parser


def build_parser(pm: PluginManager) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Find facts and figures that disagree between versions of a news story.",
        epilog="Exit status: 0 clean, 1 findings, 2 interrupted, 3 unreadable input or failing plugin/rule, 4 usage error, 5 no story found.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="folders of stories, or files (default: paths of [tool.factcheck])")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    out = parser.add_argument_group("output")
    out.add_argument("--format", help="output format: terminal (default), json, jsonl, junit, sarif, github, html, or one a plugin adds")
    out.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    out.add_argument("-v", "--verbose", action="count", default=0, help="also show info findings and passed items")
    out.add_argument("-q", "--quiet", action="count", default=0, help="less output")
    out.add_argument("--claims", action="store_true", help="list the claims read from each version instead of checking ('-' reads standard input)")
    run_group = parser.add_argument_group("speed")
    run_group.add_argument("-j", "--jobs", metavar="N", help="check stories in N worker processes; 'auto' for every core; 'dask' on a local "
                                                             "Dask cluster, 'dask://HOST:PORT' on an existing one (default: 1)")
    run_group.add_argument("--cache-dir", dest="cache_dir", metavar="DIR", help="where to keep results between runs (default: .factcheck_cache)")
    run_group.add_argument("--no-cache", dest="no_cache", action="store_true", help="neither read nor write cached results")
    out.add_argument("--max-file-size", dest="max_file_size", type=float, metavar="MB", help="skip versions (a text file, a record) larger than MB megabytes, with an error (default: 20)")
    meta = parser.add_argument_group("versions without metadata")
    meta.add_argument("--lang", help="language of versions that do not state one (instead of detecting it)")
    meta.add_argument("--ref-date", dest="ref_date", type=_reference, metavar="DATE",
                      help="publication date of versions that do not state one (instead of inferring it): 2024-04-14, 2024-04-14T09:30+02:00 (relative times are read against it) or 2024-04 (a month)")
    meta.add_argument("--one-story", dest="one_story", action="store_const", const=True, default=None,
                      help="the loose files of each folder, and the files named here, are versions of one story (no grouping)")
    sel = parser.add_argument_group("selection")
    sel.add_argument("-k", dest="keyword", metavar="EXPR", help="run only items whose id matches EXPR (pytest syntax: 'amounts and not yen')")
    sel.add_argument("--select", action="append", default=[], metavar="CODES", help="run only rules whose code starts with one of CODES (comma-separated)")
    sel.add_argument("--ignore", action="append", default=[], metavar="CODES", help="skip rules whose code starts with one of CODES")
    sel.add_argument("--fail-on", dest="fail_on", choices=SEVERITIES, help="lowest severity that makes the exit status 1 (default: error)")
    sel.add_argument("--fail-on-alone", dest="fail_on_alone", action="store_const", const=True, default=None,
                     help="exit status 1 when a version was compared with nothing (no other version of its story was found)")
    sel.add_argument("--severity", action="append", default=[], metavar="CODE=SEVERITY", help="change a rule's default severity (repeatable)")
    sel.add_argument("--tolerance", type=float, metavar="FRACTION", help="relative slack when comparing figures, e.g. 0.01 for 1%% (default: 0)")
    plug = parser.add_argument_group("plugins")
    plug.add_argument("-p", dest="plugins", action="append", default=[], metavar="NAME", help="load plugin module NAME; -p no:NAME switches plugin NAME off")
    plug.add_argument("--rules", action="append", default=[], metavar="DIR", help="load a project's own rule modules from DIR (repeatable)")
    plug.add_argument("--list-rules", action="store_true", help="list the loaded plugins and rules, then exit")
    plug.add_argument("--time-limit", dest="time_limit", type=float, metavar="SECONDS", help="stop a rule item or a plugin call (extractor, segmenter, aligner) after SECONDS, reporting it as an error (default: 60)")
    plug.add_argument("--explain", metavar="CODE", help="print a rule's documentation, then exit")
    plug.add_argument("--show-config", action="store_true", help="print the configuration in force and where each value comes from, then exit")
    pm.hook.factcheck_addoption.call_historic(kwargs={"parser": parser, "pluginmanager": pm})
    return parser


def _reference(text: str) -> tuple[date | datetime, str]:
    """``--ref-date``: a date, a date-time with or without zone, or a month, read as front matter's ``published`` is."""
    try:
        value, precision = parse_published(text)
    except InputFileError:
        raise argparse.ArgumentTypeError(f"not {PUBLISHED_FORMS}: {text!r}") from None
    assert value is not None
    return value, precision


def main(argv: Sequence[str] | None = None) -> int:
    """Run factcheck; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        with stop_signals():
            return _main(args)
    except UsageError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return ExitCode.USAGE_ERROR
    except KeyboardInterrupt:
        print(f"factcheck: interrupted ({stop_requested() or 'SIGINT'})", file=sys.stderr)
        return ExitCode.INTERRUPTED


#: Options of the command line alone: a [tool.factcheck] key of one of these names is refused (the settings
#: are SETTINGS of _config, and the options plugins add, such as baseline).
_CORE_OPTIONS = frozenset(a.dest for a in build_parser(PluginManager())._actions)


def make_config(args: list[str]) -> tuple[Config, argparse.ArgumentParser]:
    """The configuration of ``factcheck ARGS`` in the working directory, plugins loaded."""
    early, _ = _early_parser().parse_known_args(args)
    settings, settings_path = find_settings(Path.cwd())
    pm = setup_plugins(early.plugins, early.rules, settings, settings_path)
    parser = build_parser(pm)
    option = parser.parse_args(args)
    validate_settings(settings, settings_path, {a.dest for a in parser._actions} - _CORE_OPTIONS)
    config = Config(option, settings, settings_path, pm, args=args)
    return config, parser


def _main(args: list[str]) -> int:
    config, parser = make_config(args)
    option, settings, settings_path, pm = config.option, config.settings, config.settings_path, config.pluginmanager
    if option.show_config:
        print(show_config(config, parser))
        return ExitCode.OK
    formats = sorted({name for names in pm.hook.factcheck_report_formats() for name in names})
    if config.format not in formats:
        raise UsageError(f"--format {config.format!r}: unknown format (available: {', '.join(formats)})")
    if option.lang is not None and primary_language(option.lang) not in config.languages():
        raise UsageError(f"--lang {option.lang!r}: no language data for it (languages with data: {', '.join(config.languages())})")
    config.fail_on  # validate early
    config.tolerance, config.severity_overrides()  # validate early
    try:
        jobs = option.jobs if option.jobs is not None else settings.get("jobs")
        dask_scheduler(jobs)
        workers(jobs)
    except ValueError as exc:
        detail = str(exc) if "dask" in str(exc) else "give a number of workers, 'auto', 'dask' or 'dask://HOST:PORT'"
        raise UsageError(f"-j {jobs}: {detail}") from None
    paths = option.paths or [str(config.root / p) for p in settings.get("paths", [])]
    if not paths and not option.list_rules and not option.explain:
        raise UsageError("give the folders or files to check (or set paths in [tool.factcheck] of pyproject.toml)")
    return run(config, paths)


def run(config: Config, paths: list[str]) -> int:
    """Configure plugins, run the session and tell reporters it finished."""
    pm = config.pluginmanager
    pm.hook.factcheck_configure.call_historic(kwargs={"config": config})
    session = Session(config)
    for error in pm.load_errors:
        session.record_error(error.path, error.message, kind=error.kind)
    try:
        session.collect_rules()
        if config.option.explain:
            return explain(session, config.option.explain)
        if not config.option.list_rules:
            if config.option.claims:
                session.collect_versions(paths)
                session.run(run_rules=False)
            else:
                session.collect_stories(paths)
                session.run()
    except KeyboardInterrupt:
        session.interrupted = True
        print(f"factcheck: interrupted ({stop_requested() or 'SIGINT'}): reporting what was checked", file=sys.stderr)
    session.duration = time.time() - session.started
    status = session.compute_exitstatus()
    if config.option.list_rules or config.option.claims:
        status = ExitCode.INTERNAL_ERROR if session.errors else ExitCode.OK
    session.exitstatus = status
    failed = _each(pm, "factcheck_sessionfinish", session=session, exitstatus=int(status))
    failed += _each(pm, "factcheck_unconfigure", config=config)
    return int(ExitCode.INTERNAL_ERROR) if failed and status in (ExitCode.OK, ExitCode.FINDINGS) else int(status)


def _each(pm: PluginManager, hook_name: str, **kwargs: object) -> int:
    """Call every plugin's implementation of a closing hook on its own: a reporter that raises (or
    exits) is reported on stderr and the other reporters still write. Returns how many failed."""
    hook = getattr(pm.hook, hook_name)
    impls = hook.get_hookimpls()
    if any(impl.hookwrapper or getattr(impl, "wrapper", False) for impl in impls):
        calls = [("a plugin", lambda: hook(**kwargs))]  # a wrapper needs pluggy's own call: all or nothing
    else:
        calls = [(f"plugin {impl.plugin_name}", lambda impl=impl: impl.function(*[kwargs[name] for name in impl.argnames]))
                 for impl in reversed(impls)]
    failed = 0
    for who, call in calls:
        try:
            call()
        except (Exception, SystemExit) as exc:
            failed += 1
            print(f"factcheck: error: {hook_name} of {who} raised {type(exc).__name__}: {exc}", file=sys.stderr)
    return failed


def explain(session: Session, code: str) -> int:
    """Print one rule's documentation (``--explain CODE``)."""
    wanted = code.strip().upper()
    for rule in session.all_rules:
        if rule.code == wanted:
            doc = inspect.getdoc(rule.func) or "(no documentation)"
            print(f"{rule.code} {rule.name} [{rule.plugin}]\ndefault severity: {rule.severity}\nruns on: {_runs_on(rule)}\n\n{doc}")
            return ExitCode.OK
    known = ", ".join(r.code for r in session.all_rules)
    print(f"factcheck: error: --explain {code}: no such rule (loaded: {known})", file=sys.stderr)
    return ExitCode.USAGE_ERROR


def _runs_on(rule: Rule) -> str:
    kinds = ", ".join(rule.kinds) if rule.kinds else "any kind"
    if "fact" in rule.params:
        return f"each fact stated by several versions ({kinds})"
    if "pair" in rule.params:
        return f"each pair of versions' mentions of a fact ({kinds})"
    if "version" in rule.params:
        return "each version"
    return "each story"


def _effective_default(config: Config, name: str, default: object) -> object:
    """What a setting left unset means (the value the run uses, not argparse's None)."""
    known = {"format": config.format, "fail_on": config.fail_on, "tolerance": config.tolerance, "jobs": 1,
             "cache_dir": DEFAULT_DIR, "max_file_size": MAX_FILE_MB, "time_limit": DEFAULT_SECONDS,
             "fail_on_alone": False, "one_story": False}
    return known.get(name, default)


def show_config(config: Config, parser: argparse.ArgumentParser) -> str:
    """Every setting with its value, in TOML, and where it comes from: command line, pyproject.toml or default.
    A setting with no value (no baseline, no --lang) is shown commented out."""
    lines = [f"# settings file: {config.settings_path or 'none found'}"]
    skip = {"help", "version", "paths", "show_config", "list_rules", "explain"}
    for action in sorted(parser._actions, key=lambda a: a.dest):
        if action.dest in skip:
            continue
        given = getattr(config.option, action.dest, None)
        if given not in (None, [], False, 0) or action.dest in ("verbose", "quiet") and given:
            value, source = given, "command line"
        elif action.dest in config.settings:
            value, source = config.settings[action.dest], "pyproject.toml"
        else:
            value, source = _effective_default(config, action.dest, action.default), "default"
        lines.append(f"# {action.dest} is not set" if value is None else f"{action.dest} = {_toml(value)}  # {source}")
    for key in sorted(set(config.settings) - {a.dest for a in parser._actions}):
        lines.append(f"{key} = {_toml(config.settings[key])}  # pyproject.toml")
    lines.append(f"paths = {_toml(config.option.paths or config.settings.get('paths', []))}")
    return "\n".join(lines)


def _toml(value: object) -> str:
    """A value as TOML writes it (strings in double quotes, true/false, arrays, inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string escapes as JSON does
