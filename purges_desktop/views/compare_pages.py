# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison pages, as HTML for :class:`~purges_desktop.views.safe.LinkBrowser`: the organs on two dates (who
stayed, who left and why, who came) and two people side by side. Every value from the data goes through ``esc``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purges_desktop.domain.colours import MUTED
from purges_desktop.domain.compare import compare_people, departure
from purges_desktop.domain.dates import PartialDate, age_at
from purges_desktop.domain.links import Kind
from purges_desktop.domain.model import EndReason
from purges_desktop.qtmodels.fates import FATE_COLOURS
from purges_desktop.qtmodels.labels import end_reason_label, role_label
from purges_desktop.views.pages import _trial_role, axis_bar, esc, fate_badge, record_link, tr

if TYPE_CHECKING:
    from collections.abc import Sequence

    from purges_desktop.domain.compare import Day, OrganChange
    from purges_desktop.domain.dataset import Dataset, TrialRole
    from purges_desktop.domain.model import Membership, Person

TR_CONTEXT = "Pages"


def _day(day: Day, lang: str) -> str:
    return esc(PartialDate(*day).format(lang))


def _who(ds: Dataset, m: Membership, lang: str) -> str:
    person = ds.people[m.person]
    post = m.title.get(lang) or role_label(m.role)
    name = record_link(Kind.PERSON, person.id, person.name.get(lang))
    return f"{name} <span style='color:{MUTED}'>{esc(post)}</span>"


def _why_left(ds: Dataset, m: Membership, second: Day, lang: str) -> str:
    """"post ended 16 June 1938 (removed); executed, died 26 February 1939"."""
    why = departure(ds, m, second)
    parts = []
    if why.ended is not None:
        ended = tr("post ended %1").replace("%1", why.ended.format(lang))
        if why.reason:
            ended += f" ({end_reason_label(EndReason(why.reason))})"
        parts.append(esc(ended))
    elif why.reason:
        parts.append(esc(end_reason_label(EndReason(why.reason))))
    fate = fate_badge(why.fate)
    if why.died is not None:
        fate += ", " + esc(why.died.format(lang))
    parts.append(fate)
    return "; ".join(parts)


def comparison_page(ds: Dataset, changes: Sequence[OrganChange], first: Day, second: Day, lang: str) -> str:
    """Each organ on two dates: a line of counts, then three columns: who left (and why), who came, who stayed."""
    head = tr("%1 compared with %2").replace("%1", PartialDate(*first).format(lang)).replace(
        "%2", PartialDate(*second).format(lang))
    explain = tr("Who sat in each organ on the first date and no longer on the second (with the recorded end of "
                 "the post and the person’s fate), who came, and who stayed, as the data records them.")
    out = [f"<h1>{esc(head)}</h1>", f"<p style='color:{MUTED}'>{esc(explain)}</p>"]
    if not changes:
        out.append(f"<p>{esc(tr('The data records nobody in post on either date.'))}</p>")
    for change in changes:
        body = change.body
        counts = tr("%1 left, %2 came, %3 stayed").replace("%1", str(len(change.left))).replace(
            "%2", str(len(change.came))).replace("%3", str(len(change.stayed)))
        left = "".join(f"<li>{_who(ds, m, lang)}<br>{_why_left(ds, m, second, lang)}</li>" for m in change.left)
        came = "".join(f"<li>{_who(ds, m, lang)}</li>" for m in change.came)
        stayed = "".join(f"<li>{_who(ds, m, lang)}</li>" for m in change.stayed)
        none = f"<p style='color:{MUTED}'>{esc(tr('nobody'))}</p>"
        out.append(
            f"<a name='{esc(body.id)}'></a><h2>{record_link(Kind.BODY, body.id, body.name.get(lang))}</h2>"
            f"<p><b>{esc(counts)}</b></p>"
            "<table width='100%' cellpadding='4'><tr>"
            f"<th align='left' width='40%'>{esc(tr('Left'))}</th><th align='left' width='30%'>{esc(tr('Came'))}</th>"
            f"<th align='left' width='30%'>{esc(tr('Stayed'))}</th></tr><tr>"
            f"<td valign='top'>{f'<ul>{left}</ul>' if left else none}</td>"
            f"<td valign='top'>{f'<ul>{came}</ul>' if came else none}</td>"
            f"<td valign='top'>{f'<ul>{stayed}</ul>' if stayed else none}</td></tr></table>")
    return "".join(out)


def _year(date: PartialDate | None, default: float, end: bool = False) -> float:
    if date is None:
        return default
    if end:
        return date.year + (date.month or 12) / 12
    return date.year + ((date.month or 1) - 1) / 12


def _ticks(axis: tuple[int, int]) -> str:
    """The axis's years, every ten (or five, on a short axis), as a row of the same proportions as the bars."""
    first, last = axis[0], axis[1] + 1
    step = 10 if last - first > 30 else 5
    marks = [first, *range((first // step + 1) * step, last, step)]
    cells = []
    for a, b in zip(marks, [*marks[1:], last], strict=True):
        width = round(100 * (b - a) / (last - first))
        label = str(a) if a % step == 0 else ""
        cells.append(f'<td width="{width}%" style="color:{MUTED}; border-left:1px solid {MUTED}">{label}</td>')
    return ("<tr><td width='35%'></td><td><table width='100%' cellspacing='0' cellpadding='0'>"
            f"<tr>{''.join(cells)}</tr></table></td></tr>")


def _life_rows(ds: Dataset, p: Person, axis: tuple[int, int], lang: str) -> str:
    colour = FATE_COLOURS[p.fate]
    born = _year(p.born.date, axis[0])
    died = _year(p.died.date, axis[1] + 1, end=True)
    rows = [f"<tr><td width='35%'><b>{record_link(Kind.PERSON, p.id, p.name.get(lang))}</b></td>"
            f"<td>{axis_bar(born, died, axis, 'rgba(128,128,128,0.45)')}</td></tr>"]
    for m in ds.posts_of(p.id):
        body = ds.bodies.get(m.body)
        label = f"{m.title.get(lang) or role_label(m.role)}, {body.label(lang) if body else m.body}"
        start = _year(m.start, axis[0])
        end = _year(m.end, start + 0.25, end=True) if m.end else (_year(p.died.date, start + 0.25, end=True)
                                                                  if p.died.date else axis[1] + 1)
        bar = axis_bar(start, end, axis, colour)
        rows.append(f"<tr><td width='35%'>&nbsp;&nbsp;{esc(label)}</td><td>{bar}</td></tr>")
    return "".join(rows)


def _facts(ds: Dataset, p: Person, lang: str) -> str:
    born = p.born.date.format(lang) if p.born.date else "?"
    died = p.died.date.format(lang) if p.died.date else ""
    life = esc(f"{born} – {died}" if died else born)
    if p.born.date and p.died.date:
        age, exact = age_at(p.born.date, p.died.date)
        life += " (" + esc(tr("aged %1") if exact else tr("aged about %1")).replace("%1", str(age)) + ")"
    trials = "".join(
        f"<li>{record_link(Kind.TRIAL, t.id, t.short_name(lang))}"
        f" — {esc(_role(role))}</li>" for t, role in ds.trials_of(p.id))
    lists = len(ds.list_entries_of(p.id))
    out = [f"<h2>{record_link(Kind.PERSON, p.id, p.name.get(lang))}</h2>", f"<p>{life}</p>",
           f"<p><b>{esc(tr('Fate'))}:</b> {fate_badge(p.fate)}</p>"]
    if p.occupation:
        out.append(f"<p>{esc(p.occupation.get(lang))}</p>")
    if trials:
        out.append(f"<p><b>{esc(tr('Trials'))}:</b></p><ul>{trials}</ul>")
    if lists:
        out.append(f"<p>{esc(tr('On %1 of Stalin’s shooting lists').replace('%1', str(lists)))}</p>")
    return "".join(out)


def _role(role: TrialRole) -> str:
    return _trial_role(role)  # one wording of a trial role, the person page's


def people_comparison_page(ds: Dataset, first: str, second: str, lang: str) -> str:
    """Two people side by side: life and fate, their posts on one time axis, the organs and trials they shared."""
    c = compare_people(ds, first, second)
    a, b = c.first, c.second
    title = tr("%1 and %2").replace("%1", a.name.get(lang)).replace("%2", b.name.get(lang))
    out = [f"<h1>{esc(title)}</h1>",
           "<table width='100%' cellpadding='6'><tr>"
           f"<td valign='top' width='50%'>{_facts(ds, a, lang)}</td>"
           f"<td valign='top' width='50%'>{_facts(ds, b, lang)}</td></tr></table>"]
    axis_note = tr("Lives and posts on one axis, %1 to %2 (grey: the life; coloured: each post, in the colour of "
                   "the person’s fate)").replace("%1", str(c.axis[0])).replace("%2", str(c.axis[1]))
    out.append(f"<h2>{esc(tr('On one axis'))}</h2><p style='color:{MUTED}'>{esc(axis_note)}</p>"
               f"<table width='100%' cellpadding='2'>{_ticks(c.axis)}{_life_rows(ds, a, c.axis, lang)}"
               f"<tr><td colspan='2'>&nbsp;</td></tr>{_life_rows(ds, b, c.axis, lang)}</table>")
    shared = []
    for s in c.shared_posts:
        body = ds.bodies.get(s.body)
        name = body.label(lang) if body else s.body
        shared.append(f"<li>{record_link(Kind.BODY, s.body, name, PartialDate(*s.start))}: "
                      f"{_day(s.start, lang)} – {_day(s.end, lang)}</li>")
    for t, role_a, role_b in c.shared_trials:
        shared.append(f"<li>{record_link(Kind.TRIAL, t.id, t.short_name(lang))}: "
                      f"{esc(a.surname.get(lang) or a.name.get(lang))} — {esc(_role(role_a))}, "
                      f"{esc(b.surname.get(lang) or b.name.get(lang))} — {esc(_role(role_b))}</li>")
    out.append(f"<h2>{esc(tr('Together'))}</h2>")
    out.append(f"<ul>{''.join(shared)}</ul>" if shared else
               f"<p>{esc(tr('The data records no organ or trial they shared.'))}</p>")
    return "".join(out)

