# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: the app itself, ``validate``, ``export``, ``cite``, ``pdf`` and ``screenshot``.

``validate``, ``export`` and ``cite`` never import Qt, so they are fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from purges_desktop import __version__, locations

if TYPE_CHECKING:
    from collections.abc import Sequence

    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.problems import Problem

EXIT_OK, EXIT_ERRORS, EXIT_CANNOT_RUN = 0, 1, 2
URI_HELP = "a deep link: person/<id>, body/<id>@<date>, trial/<id>, event/<id>, source/<id>"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``purges-desktop``."""
    parser = argparse.ArgumentParser(
        prog="purges-desktop", description="An offline explorer of the Soviet purges, 1917-1953.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data", metavar="DIR", help="the dataset folder (default: the bundled data)")
    parser.add_argument("--lang", choices=("en", "ru"), default=None, help="interface language")
    parser.add_argument("--open", metavar="URI", help=URI_HELP)
    parser.add_argument("--kiosk", action="store_true", help="museum kiosk mode (full screen, locked down)")
    parser.add_argument("--kiosk-config", metavar="FILE", help="kiosk settings (default: resources/kiosk.yaml)")
    parser.add_argument("--allow-default-pin", action="store_true",
                        help="start the kiosk even with the default staff PIN 1937, which is printed in the "
                             "documentation (for trying it out; set your own with hash-pin before opening)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    val = sub.add_parser("validate", help="check the data files and list every problem as file:line:column")
    val.add_argument("dir", nargs="?", help="the dataset folder (default: the bundled data)")
    val.add_argument("--format", choices=("text", "json"), default="text")
    val.add_argument("--strict", action="store_true", help="exit 1 on warnings too")

    exp = sub.add_parser("export", help="export the whole dataset, normalised, as JSON or CSV")
    exp.add_argument("dir", nargs="?", help="the dataset folder (default: the bundled data)")
    exp.add_argument("--format", choices=("json", "csv"), default="json")
    exp.add_argument("--out", required=True, metavar="PATH",
                     help="a .json file, or a folder for the CSV tables")

    cite = sub.add_parser("cite", help="print the citation of a page of the app (no Qt needed)")
    cite.add_argument("link", metavar="URI", nargs="?", help=URI_HELP + ", list/<id>, numbers/<section>")
    cite.add_argument("--source", metavar="ID", help="cite a source of the bibliography (data/sources) instead")
    cite.add_argument("--style", choices=("chicago", "mla", "apa", "gost"), default="chicago")
    cite.add_argument("--lang", dest="cite_lang", choices=("en", "ru"), default=None,
                      help="the language of the page's title (default: en)")
    cite.add_argument("--data", dest="cite_data", metavar="DIR")

    pdf = sub.add_parser("pdf", help="render a page of the app to a PDF file, its citation at the end")
    pdf.add_argument("link", metavar="URI", help=URI_HELP + ", list/<id>, numbers/<section>")
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    pdf.add_argument("--lang", dest="pdf_lang", choices=("en", "ru"), default=None)
    pdf.add_argument("--style", choices=("chicago", "mla", "apa", "gost"), default=None,
                     help="the style of the citation printed at the end (default: gost for ru, else chicago)")
    pdf.add_argument("--data", dest="pdf_data", metavar="DIR")

    sub.add_parser("hash-pin", help="read a staff PIN from standard input and print its hash for kiosk.yaml")

    shot = sub.add_parser("screenshot", help="render each view (or the one --open names) to PNG, no display needed")
    shot.add_argument("--out", required=True, metavar="DIR")
    shot.add_argument("--size", default="1366x768", metavar="WxH")
    shot.add_argument("--lang", dest="shot_lang", choices=("en", "ru"), default=None)
    shot.add_argument("--kiosk", dest="shot_kiosk", action="store_true")
    shot.add_argument("--open", dest="shot_open", metavar="URI",
                      help=URI_HELP + "; with --kiosk also attract or home (the kiosk's own screens)")
    shot.add_argument("--data", dest="shot_data", metavar="DIR")
    shot.add_argument("--search", metavar="TEXT", help="type this into the People search first")
    shot.add_argument("--years", metavar="FROM-TO", help="zoom the Timeline to these years, e.g. 1936-1938")
    return parser


def _display_path(data_dir: Path, problem: Problem) -> str:
    path = data_dir / problem.origin.file
    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        shown = str(path)
    if shown.startswith(".."):
        shown = str(path)
    return f"{shown}:{problem.origin.line}:{problem.origin.column}"


def run_validate(args: argparse.Namespace) -> int:
    """``validate``: print every problem; exit 0 (clean), 1 (errors, or warnings with --strict), 2 (cannot run)."""
    from purges_desktop.storage.loader import load_dataset  # noqa: PLC0415 - keep --help fast

    folder = locations.data_dir(args.dir or args.data)
    if not folder.is_dir():
        print(f"purges-desktop validate: {folder}: no such folder", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    dataset = load_dataset(folder)
    errors = sum(1 for p in dataset.problems if p.severity == "error")
    warnings = len(dataset.problems) - errors
    try:
        _print_problems(args.format, folder, dataset, errors, warnings)
        sys.stdout.flush()
    except BrokenPipeError:
        # `validate | head` stopped reading: not a problem of the data, and no traceback (docs/reliability.md,
        # "A console that cannot print Cyrillic"). Later writes, the final flush included, go nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_ERRORS if errors or (args.strict and warnings) else EXIT_OK


def _print_problems(fmt: str, folder: Path, dataset: Dataset, errors: int, warnings: int) -> None:
    problems = dataset.problems
    if fmt == "json":
        out = [{"file": str(folder / p.origin.file), "line": p.origin.line, "column": p.origin.column,
                "severity": p.severity.value, "code": p.code, "message": p.message} for p in problems]
        utf = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "") in ("utf8", "utf8sig")
        print(json.dumps({"problems": out, "errors": errors, "warnings": warnings}, ensure_ascii=not utf,  # noqa: T201
                         indent=1))
    else:
        for p in problems:
            print(f"{_display_path(folder, p)}: {p.severity.value}: {p.message} [{p.code}]")  # noqa: T201
        r = dataset.records
        print(f"{errors} error(s), {warnings} warning(s) in {folder} — {len(r.people)} people, "  # noqa: T201
              f"{len(r.bodies)} bodies, {len(r.memberships)} memberships, {len(r.trials)} trials, "
              f"{len(r.events)} events, {len(r.sources)} sources, {len(r.shooting_lists)} shooting lists, "
              f"{len(r.list_entries)} list entries", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    """``export``: write the dataset as JSON or CSV (exit 2 when the folder cannot be read)."""
    from purges_desktop.storage.export import write_csv, write_json  # noqa: PLC0415
    from purges_desktop.storage.loader import load_dataset  # noqa: PLC0415

    folder = locations.data_dir(args.dir or args.data)
    if not folder.is_dir():
        print(f"purges-desktop export: {folder}: no such folder", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    dataset = load_dataset(folder)
    out = Path(args.out)
    try:
        written = write_json(dataset, out) if args.format == "json" else write_csv(dataset, out)
    except OSError as exc:
        print(f"purges-desktop export: cannot write {out}: {exc.strerror}", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    for path in written:
        print(path)  # noqa: T201
    errors = sum(1 for p in dataset.problems if p.severity == "error")
    if errors:
        print(f"note: {errors} error(s) in the data; the records concerned were left out "  # noqa: T201
              "(run 'validate')", file=sys.stderr)
    return EXIT_OK


def run_cite(args: argparse.Namespace) -> int:
    """``cite``: print the citation of a deep link; exit 2 for a link that is not ours or a record not in the data."""
    import datetime as dt  # noqa: PLC0415

    from purges_desktop.domain.citation import Style, cite_page, page_for  # noqa: PLC0415
    from purges_desktop.domain.links import parse_uri  # noqa: PLC0415
    from purges_desktop.storage.loader import data_date, load_dataset  # noqa: PLC0415

    if args.source:
        return _cite_source(args)
    if not args.link:
        print("purges-desktop cite: give a deep link (person/<id> …) or --source ID", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    location = parse_uri(args.link or "")
    if location is None:
        print(f"purges-desktop cite: {args.link!r} is not a deep link of this app ({URI_HELP}, list/<id>, "  # noqa: T201
              "numbers/<section>)", file=sys.stderr)
        return EXIT_CANNOT_RUN
    folder = locations.data_dir(args.cite_data or args.data)
    if not folder.is_dir():
        print(f"purges-desktop cite: {folder}: no such folder", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    page = page_for(load_dataset(folder), location, args.cite_lang or args.lang or "en", version=__version__,
                    accessed=dt.date.today(), data_date=data_date(folder))
    if page is None:
        print(f"purges-desktop cite: {location.uri()}: no such record in {folder}", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    print(cite_page(page, Style(args.style)))  # noqa: T201
    return EXIT_OK


def _cite_source(args: argparse.Namespace) -> int:
    """``cite --source ID``: the citation of a bibliography entry, today as the date of access."""
    import datetime as dt  # noqa: PLC0415

    from purges_desktop.domain.citation import Style, cite_source  # noqa: PLC0415
    from purges_desktop.storage.loader import load_dataset  # noqa: PLC0415

    folder = locations.data_dir(args.cite_data or args.data)
    if not folder.is_dir():
        print(f"purges-desktop cite: {folder}: no such folder", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    source = load_dataset(folder).sources.get(args.source)
    if source is None:
        print(f"purges-desktop cite: no source {args.source!r} in {folder}", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    print(cite_source(source, Style(args.style), dt.date.today()))  # noqa: T201
    return EXIT_OK


def run_hash_pin() -> int:
    """``hash-pin``: read a PIN (4-12 digits) and print the line to paste into the kiosk settings."""
    import getpass  # noqa: PLC0415

    from purges_desktop.domain.kiosk import DEFAULT_PIN  # noqa: PLC0415
    from purges_desktop.storage.kiosk_config import hash_pin  # noqa: PLC0415

    pin = getpass.getpass("Staff PIN (4-12 digits): ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        print("purges-desktop hash-pin: the PIN must be 4 to 12 digits", file=sys.stderr)  # noqa: T201
        return EXIT_ERRORS
    if pin == DEFAULT_PIN:
        print(f"purges-desktop hash-pin: {DEFAULT_PIN} is the default PIN printed in the documentation, and the "  # noqa: T201
              "kiosk refuses it: choose another", file=sys.stderr)
        return EXIT_ERRORS
    print(f"staff_pin: {hash_pin(pin)}")  # noqa: T201
    return EXIT_OK


def _tolerant_output() -> None:
    """Write what the terminal's encoding cannot take as ``\\u0431`` escapes instead of raising.

    A problem message quotes the curator's text (Cyrillic, quotes, dashes); on an ASCII or cp1252 console, or with
    ``PYTHONIOENCODING=ascii``, printing it raised ``UnicodeEncodeError`` (docs/reliability.md, "A console that
    cannot print Cyrillic").
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``purges-desktop`` and ``python main.py``."""
    _tolerant_output()
    args = build_parser().parse_args(argv)
    if args.command == "validate":
        return run_validate(args)
    if args.command == "export":
        return run_export(args)
    if args.command == "hash-pin":
        return run_hash_pin()
    if args.command == "cite":
        return run_cite(args)
    from purges_desktop import app  # noqa: PLC0415 - Qt is imported only for the GUI commands

    if args.command == "screenshot":
        return app.run_screenshot(args)
    if args.command == "pdf":
        return app.run_pdf(args)
    return app.run_gui(args)
