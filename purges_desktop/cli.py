# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: the app itself, ``validate``, ``export``, ``table``, ``cite``, ``bibliography``, ``pdf``,
``screenshot`` and ``check-display``.

``validate``, ``export``, ``table``, ``cite``, ``bibliography`` and ``check-display`` never import Qt, so they are fast
and run on machines without a display.
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
URI_HELP = ("a deep link: person/<id>, body/<id>@<date>, trial/<id>, event/<id>, source/<id>, story/<id>, "
            "term/<id>")


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

    table = sub.add_parser("table", help="write a table the app shows as CSV (no Qt needed): the People list as "
                           "filtered, a trial's defendants, the organs' members on a date, two dates compared")
    table.add_argument("what", choices=("people", "defendants", "members", "compare"))
    table.add_argument("args", nargs="*", metavar="ARG",
                       help="defendants: the trial's id; compare: the two dates (YYYY-MM-DD, YYYY-MM or YYYY)")
    table.add_argument("--out", default="-", metavar="FILE.csv", help="the file to write (default: standard output)")
    table.add_argument("--search", default="", metavar="TEXT", help="people: names in any spelling")
    table.add_argument("--fate", default="", metavar="FATE", help="people: executed, died_in_custody, …")
    table.add_argument("--organ", action="append", default=[], metavar="ID",
                       help="people, members, compare: only this organ (body id; may be repeated for members and "
                            "compare)")
    table.add_argument("--trial", default="", metavar="ID", help="people: only the people of this trial")
    table.add_argument("--on", default="", metavar="DATE", help="people: in post on this day; members: the day")
    table.add_argument("--lang", dest="table_lang", choices=("en", "ru"), default=None)
    table.add_argument("--data", dest="table_data", metavar="DIR")

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

    chk = sub.add_parser("check-display", help="check that Qt can open a window on this desktop; name the missing "
                         "system libraries and the command that installs them (exit 3 when it cannot)")
    chk.add_argument("--install", action="store_true",
                     help="install the missing packages with apt-get or dnf (asks first on a terminal)")
    chk.add_argument("--yes", action="store_true", help="with --install: do not ask")
    chk.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)  # the child process of the check
    bib = sub.add_parser("bibliography", help="print (or write) the bibliography as BibTeX or RIS (no Qt needed)")
    bib.add_argument("--format", choices=("bibtex", "ris"), default="bibtex")
    bib.add_argument("--out", metavar="FILE", help="write to this file (UTF-8) instead of standard output")
    bib.add_argument("--search", metavar="TEXT", help="only the sources whose title, author, publisher or year "
                     "contain every word of TEXT (as the Bibliography tab's search)")
    bib.add_argument("--data", dest="bib_data", metavar="DIR")

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
    shot.add_argument("--compare", metavar="ID,ID", help="with --open people: two people side by side")
    shot.add_argument("--find", metavar="TEXT", help="type this into the study window's search (Ctrl+K) last")
    shot.add_argument("--years", metavar="FROM-TO", help="zoom the Timeline to these years, e.g. 1936-1938")
    shot.add_argument("--term", metavar="ID", help="show the definition of this glossary term over the page, as a "
                      "touch on its link does (the page must mention the term)")
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
              f"{len(r.list_entries)} list entries, {len(r.stories)} stories, {len(r.terms)} glossary terms",
              file=sys.stderr)


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


def _day(text: str) -> tuple[int, int, int] | None:
    """The first day of a date written ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; None when it is not one."""
    from purges_desktop.domain.dates import PartialDate  # noqa: PLC0415

    try:
        return PartialDate.parse(text).earliest()
    except (ValueError, TypeError):
        return None


def _table_of(args: argparse.Namespace, dataset: Dataset, lang: str) -> tuple[tuple[str, ...], list[list[str]]] | str:
    """The header and rows ``table`` asked for, or the message saying why there are none."""
    from purges_desktop.domain import compare, queries, tables  # noqa: PLC0415
    from purges_desktop.domain.model import Fate  # noqa: PLC0415

    days = [_day(a) for a in args.args] if args.what == "compare" else []
    on = _day(args.on) if args.on else None
    if (args.on and on is None) or None in days:
        return f"not a date: {args.on if args.on and on is None else args.args}"
    if args.what == "people":
        fate = args.fate
        if fate and fate not in {f.value for f in Fate}:
            return f"unknown fate {fate!r}"
        f = queries.PeopleFilter(text=args.search, fates=frozenset({Fate(fate)}) if fate else frozenset(),
                                 organ=args.organ[0] if args.organ else "", trial=args.trial, in_post_on=on)
        found = queries.filter_people(dataset, queries.person_search_index(dataset), f)
        ids = sorted(found if found is not None else dataset.people,
                     key=lambda pid: (dataset.people[pid].surname.get(lang) or dataset.people[pid].name.get(lang)))
        return tables.people_table(dataset, ids, lang)
    if args.what == "defendants":
        trial = dataset.trials.get(args.args[0]) if len(args.args) == 1 else None
        return tables.defendants_table(dataset, trial, lang) if trial else "give one trial id that is in the data"
    organs = args.organ or None
    if args.what == "members":
        return tables.members_table(dataset, on, lang, organs) if on else "give the day with --on YYYY-MM-DD"
    if len(days) != 2:
        return "give two dates to compare"
    first, second = days
    return compare.comparison_table(dataset, compare.compare_dates(dataset, first, second, organs), second, lang)


def run_table(args: argparse.Namespace) -> int:
    """``table``: write a table as CSV (exit 2 for a question the data cannot answer or a file that cannot be
    written)."""
    from purges_desktop.domain.tables import csv_text  # noqa: PLC0415
    from purges_desktop.storage.loader import load_dataset  # noqa: PLC0415

    folder = locations.data_dir(args.table_data or args.data)
    if not folder.is_dir():
        print(f"purges-desktop table: {folder}: no such folder", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    dataset = load_dataset(folder)
    table = _table_of(args, dataset, args.table_lang or args.lang or "en")
    if isinstance(table, str):
        print(f"purges-desktop table {args.what}: {table}", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    text = csv_text(*table)
    if args.out == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(args.out).write_text(text, encoding="utf-8-sig")
    except OSError as exc:
        print(f"purges-desktop table: cannot write {args.out}: {exc.strerror}", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    print(args.out)  # noqa: T201
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


def run_check_display(args: argparse.Namespace) -> int:
    """``check-display``: print the Qt platform that opens a window here (exit 0), or what is missing (exit 3)."""
    from purges_desktop.display_check import check  # noqa: PLC0415

    # The child that tries Qt: this interpreter, or in a frozen bundle the bundle's own program.
    command = [sys.executable, "check-display", "--probe"] if getattr(sys, "frozen", False) else None
    status, platform = check(os.environ, command=command, install_missing=args.install, assume_yes=args.yes,
                             fonts_dir=locations.resource_path("fonts"))
    if platform:
        print(platform)  # noqa: T201
    return status


def run_bibliography(args: argparse.Namespace) -> int:
    """``bibliography``: the sources as BibTeX or RIS, grouped as in the Bibliography tab, today as the date of
    access; exit 2 when the folder (or the output file) cannot be used."""
    import datetime as dt  # noqa: PLC0415

    from purges_desktop.domain.bibliography import grouped_sources, matching_sources  # noqa: PLC0415
    from purges_desktop.domain.references import ReferenceFormat, export_references  # noqa: PLC0415
    from purges_desktop.storage.loader import load_dataset  # noqa: PLC0415

    folder = locations.data_dir(args.bib_data or args.data)
    if not folder.is_dir():
        print(f"purges-desktop bibliography: {folder}: no such folder", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    sources = load_dataset(folder).records.sources
    found = matching_sources(sources, args.search or "")
    ordered = [s for _, group in grouped_sources(sources) for s in group if found is None or s.id in found]
    text = export_references(ordered, ReferenceFormat(args.format), dt.date.today())
    if not args.out:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(args.out).write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        print(f"purges-desktop bibliography: {args.out}: {exc.strerror or exc}", file=sys.stderr)  # noqa: T201
        return EXIT_CANNOT_RUN
    print(f"{len(ordered)} sources written to {args.out}", file=sys.stderr)  # noqa: T201
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
    if args.command == "check-display" and not args.probe:
        return run_check_display(args)
    if args.command == "cite":
        return run_cite(args)
    if args.command == "table":
        return run_table(args)
    if args.command == "bibliography":
        return run_bibliography(args)
    from purges_desktop import app  # noqa: PLC0415 - Qt is imported only for the GUI commands

    if args.command == "screenshot":
        return app.run_screenshot(args)
    if args.command == "pdf":
        return app.run_pdf(args)
    if args.command == "check-display":
        return app.probe_platform()
    return app.run_gui(args)
