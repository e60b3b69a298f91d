# SPDX-License-Identifier: GPL-3.0-or-later
"""The tables a student takes away as CSV: the People list as filtered, a trial's defendants, the organs' members on
a date. Each is a header and rows of plain values (names in the chosen language, codes as in the data files, dates
as ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as precise as the data), built here without Qt so that the window and
the command line (``main.py table``) write the same file."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from purges_desktop.domain.queries import chart_on, death_in_custody, highest_posts

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.dates import PartialDate
    from purges_desktop.domain.model import Membership, Trial

Table = tuple[tuple[str, ...], list[list[str]]]


def _iso(date: PartialDate | None) -> str:
    return date.iso() if date is not None else ""


def _years(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


PEOPLE_HEADER = ("id", "name", "born", "born_place", "died", "died_place", "fate", "highest_post", "organ",
                 "post_from", "post_to")


def people_table(ds: Dataset, ids: Iterable[str], lang: str,
                 highest: dict[str, Membership] | None = None) -> Table:
    """People in the given order (the People list as the user sees it): life dates, fate and highest post."""
    posts = highest if highest is not None else highest_posts(ds)
    rows = []
    for pid in ids:
        p = ds.people.get(pid)
        if p is None:
            continue
        m = posts.get(pid)
        body = ds.bodies.get(m.body) if m is not None else None
        rows.append([p.id, p.name.get(lang), _iso(p.born.date), p.born.place.get(lang), _iso(p.died.date),
                     p.died.place.get(lang), p.fate.value,
                     (m.title.get(lang) or m.role.value) if m is not None else "",
                     body.name.get(lang) if body is not None else "",
                     _iso(m.start) if m is not None else "", _iso(m.end) if m is not None else ""])
    return PEOPLE_HEADER, rows


DEFENDANTS_HEADER = ("trial", "person_id", "name", "former_position", "plea", "sentence", "sentence_years",
                     "death_in_custody", "death_date", "rehabilitated")


def defendants_table(ds: Dataset, trial: Trial, lang: str) -> Table:
    """A trial's defendants in the order of the record: plea, sentence, death in custody, rehabilitation."""
    rows = []
    for d in trial.defendants:
        p = ds.people.get(d.person)
        death = death_in_custody(ds, d)
        rows.append([trial.id, d.person, p.name.get(lang) if p else d.person, d.former_position.get(lang),
                     d.plea.value, d.sentence.kind.value if d.sentence else "",
                     _years(d.sentence.years) if d.sentence else "",
                     death[0].value if death else "", _iso(death[1]) if death else "", _iso(d.rehabilitated)])
    return DEFENDANTS_HEADER, rows


MEMBERS_HEADER = ("date", "organ_id", "organ", "post", "person_id", "name", "from", "to", "end_reason", "fate")


def members_table(ds: Dataset, day: tuple[int, int, int], lang: str, bodies: Sequence[str] | None = None) -> Table:
    """Who sat in each organ on ``day``, as the organisation chart shows it (one post per person and organ)."""
    date = f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"
    rows = []
    for body_id, held in chart_on(ds, day, lang, tuple(bodies) if bodies is not None else None):
        body = ds.bodies[body_id]
        for m in held:
            p = ds.people.get(m.person)
            rows.append([date, body_id, body.name.get(lang), m.title.get(lang) or m.role.value, m.person,
                         p.name.get(lang) if p else m.person, _iso(m.start), _iso(m.end),
                         m.end_reason.value if m.end_reason else "", p.fate.value if p else ""])
    return MEMBERS_HEADER, rows


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A table as CSV text (RFC 4180 quoting, "\\n" line ends); ``None`` is an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return out.getvalue()


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """:func:`csv_text` as UTF-8 with a byte order mark, which spreadsheet programs need to read Cyrillic right."""
    return csv_text(header, rows).encode("utf-8-sig")
