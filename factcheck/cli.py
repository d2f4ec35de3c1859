"""Command line: parse options, load plugins, run the session, return the exit status."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from datetime import date
from pathlib import Path
from typing import Sequence

from . import __version__
from ._config import Config, find_settings, rule_folders
from ._errors import UsageError
from ._model import SEVERITIES
from ._plugins import PluginManager
from ._session import ExitCode, Session


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
    out.add_argument("--format", help="output format: terminal (default), json, or one a plugin adds")
    out.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    out.add_argument("-v", "--verbose", action="count", default=0, help="also show info findings and passed items")
    out.add_argument("-q", "--quiet", action="count", default=0, help="less output")
    out.add_argument("--claims", action="store_true", help="list the claims read from each version instead of checking ('-' reads standard input)")
    meta = parser.add_argument_group("versions without metadata")
    meta.add_argument("--lang", help="language of versions that do not state one (instead of detecting it)")
    meta.add_argument("--ref-date", dest="ref_date", type=_iso_date, metavar="YYYY-MM-DD", help="publication date of versions that do not state one (instead of inferring it)")
    sel = parser.add_argument_group("selection")
    sel.add_argument("-k", dest="keyword", metavar="EXPR", help="run only items whose id matches EXPR (pytest syntax: 'amounts and not yen')")
    sel.add_argument("--select", action="append", default=[], metavar="CODES", help="run only rules whose code starts with one of CODES (comma-separated)")
    sel.add_argument("--ignore", action="append", default=[], metavar="CODES", help="skip rules whose code starts with one of CODES")
    sel.add_argument("--fail-on", dest="fail_on", choices=SEVERITIES, help="lowest severity that makes the exit status 1 (default: error)")
    plug = parser.add_argument_group("plugins")
    plug.add_argument("-p", dest="plugins", action="append", default=[], metavar="NAME", help="load plugin module NAME; -p no:NAME switches plugin NAME off")
    plug.add_argument("--rules", action="append", default=[], metavar="DIR", help="load a project's own rule modules from DIR (repeatable)")
    plug.add_argument("--list-rules", action="store_true", help="list the loaded plugins and rules, then exit")
    pm.hook.factcheck_addoption.call_historic(kwargs={"parser": parser, "pluginmanager": pm})
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run factcheck; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args)
    except UsageError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return ExitCode.USAGE_ERROR
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED


def _main(args: list[str]) -> int:
    early, _ = _early_parser().parse_known_args(args)
    settings, settings_path = find_settings(Path.cwd())
    pm = setup_plugins(early.plugins, early.rules, settings, settings_path)
    parser = build_parser(pm)
    option = parser.parse_args(args)
    config = Config(option, settings, settings_path, pm)
    formats = sorted({name for names in pm.hook.factcheck_report_formats() for name in names})
    if config.format not in formats:
        raise UsageError(f"--format {config.format!r}: unknown format (available: {', '.join(formats)})")
    config.fail_on  # validate early
    paths = option.paths or [str((settings_path.parent if settings_path else Path.cwd()) / p) for p in settings.get("paths", [])]
    if not paths and not option.list_rules:
        raise UsageError("give the folders or files to check (or set paths in [tool.factcheck] of pyproject.toml)")
    return run(config, paths)


def setup_plugins(plugins: list[str], rule_dirs: list[str], settings: dict, settings_path: Path | None) -> PluginManager:
    """A plugin manager with ``-p`` applied, entry points and local rule folders loaded."""
    pm = PluginManager()
    pm.block([p[3:] for p in plugins if p.startswith("no:")])
    for name in (p for p in plugins if not p.startswith("no:")):
        try:
            pm.register(importlib.import_module(name), name=name)
        except ImportError as exc:
            raise UsageError(f"-p {name}: cannot import plugin module: {exc}") from None
    pm.load_entrypoint_plugins()
    for folder in rule_folders(rule_dirs, settings, settings_path):
        pm.load_rule_folder(folder)
    return pm


def run(config: Config, paths: list[str]) -> int:
    """Configure plugins, run the session and tell reporters it finished."""
    pm = config.pluginmanager
    pm.hook.factcheck_configure.call_historic(kwargs={"config": config})
    session = Session(config)
    for error in pm.load_errors:
        session.record_error(error.path, error.message, kind=error.kind)
    try:
        session.collect_rules()
        if not config.option.list_rules:
            if config.option.claims:
                session.collect_versions(paths)
                for story in session.stories:
                    session.analyse(story)
            else:
                session.collect_stories(paths)
                session.run()
    except KeyboardInterrupt:
        session.interrupted = True
    session.duration = time.time() - session.started
    status = session.compute_exitstatus()
    if config.option.list_rules or config.option.claims:
        status = ExitCode.INTERNAL_ERROR if session.errors else ExitCode.OK
    session.exitstatus = status
    pm.hook.factcheck_sessionfinish(session=session, exitstatus=int(status))
    pm.hook.factcheck_unconfigure(config=config)
    return int(status)
