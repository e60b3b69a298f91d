# SPDX-License-Identifier: GPL-3.0-or-later
"""Detail pages (person, trial, event, body) composed as HTML for :class:`~purges_desktop.views.safe.LinkBrowser`.

Every value from the data goes through :func:`esc`; the markup is ours alone. Every person, body, trial and event
named on a page is a link (``person/<id>`` …) that the navigation follows. In a page's prose (a biography, a summary,
charges, notes) the first mention of each glossary term is a ``term/<id>`` link (:class:`TermLinks`), which the
page's browser answers with the term's definition in place (:mod:`purges_desktop.views.term_popup`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from purges_desktop.domain.colours import MUTED
from purges_desktop.domain.dataset import TrialRole
from purges_desktop.domain.dates import PartialDate, age_at
from purges_desktop.domain.glossary import Mentioned, split_mentions
from purges_desktop.domain.links import Kind, link_to
from purges_desktop.domain.model import EndReason, Fate, SentenceKind
from purges_desktop.domain.queries import (
    CustodyDeath,
    chart_on,
    cohort_figure,
    cohort_members,
    death_in_custody,
    later_fate_counts,
)
from purges_desktop.domain.roles import perpetrator_index, perpetrator_roles
from purges_desktop.qtmodels.fates import FATE_COLOURS, FATE_SYMBOLS, later_fate_colour, later_fate_symbol
from purges_desktop.qtmodels.labels import (
    PERPETRATOR_MARK,
    category_label,
    end_reason_label,
    fate_label,
    later_fate_label,
    perpetrator_summary,
    plea_label,
    repression_label,
    role_label,
    sentence_label,
)

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Cohort, Defendant, Person, Sentence, SourceRef, Trial
    from purges_desktop.domain.queries import LaterFate
    from purges_desktop.domain.roles import RepressionRole
    from purges_desktop.domain.text import LocalizedText


TR_CONTEXT = "Pages"
#: The glossary term that explains the articles of the criminal code most trials cite.
ARTICLE_58 = "article-58"


def tr(text: str) -> str:
    """Translate a page string."""
    return QCoreApplication.translate("Pages", text)


def esc(text: object) -> str:
    """Escape a data value for our HTML (quotes too)."""
    return escape(str(text), quote=True)


def _date(d: PartialDate | None, lang: str) -> str:
    return esc(d.format(lang)) if d is not None else ""


def marks_legend() -> str:
    """What the marks on dates mean, in one line of plain text (the legends of the lists, pages and chart)."""
    return tr("How to read dates: “1940?” the sources are not sure of it; “c. 1937” about then; “?” not known.")


def _span(start: PartialDate | None, end: PartialDate | None, lang: str, end_unknown: bool = False) -> str:
    a = _date(start, lang) or "?"
    if end_unknown:
        return f"{a} – ? ({esc(tr('end not known'))})"
    b = _date(end, lang)
    return f"{a} – {b}" if b else f"{tr('from')} {a}"


def link(uri: str, text: str) -> str:
    """An internal link with escaped text."""
    return f'<a href="{esc(uri)}">{esc(text)}</a>'


def record_link(kind: Kind, record_id: str, text: str, date: PartialDate | None = None) -> str:
    """A link to a record (``link_to``), with escaped text."""
    return link(link_to(kind, record_id, date), text)


def person_link(ds: Dataset, pid: str, lang: str) -> str:
    """A link to a person, by name."""
    p = ds.people.get(pid)
    return record_link(Kind.PERSON, pid, p.name.get(lang) if p else pid)


def fate_badge(fate: Fate) -> str:
    """Symbol, colour and label: never colour alone."""
    return (f'<span style="color:{FATE_COLOURS[fate]}; font-weight:bold">{FATE_SYMBOLS[fate]}</span> '
            f"{esc(fate_label(fate))}")


def later_fate_badge(key: LaterFate) -> str:
    """Symbol, colour and label of a later fate (a fate, or survived repression)."""
    return (f'<span style="color:{later_fate_colour(key)}; font-weight:bold">{later_fate_symbol(key)}</span> '
            f"{esc(later_fate_label(key))}")


class TermLinks:
    """The glossary links of one page: the first mention of each term in its prose becomes a ``term/<id>`` link.

    Make one per page and pass it to every piece of prose in page order; text that is already inside a link (a name,
    a title) never goes through it, so a term link is never nested in another link.
    """

    __slots__ = ("_ds", "_lang", "_seen")

    def __init__(self, ds: Dataset | None, lang: str) -> None:
        self._ds = ds
        self._lang = lang
        self._seen = Mentioned()

    def html(self, text: str) -> str:
        """``text`` escaped, its first mentions of terms not yet linked on this page as links."""
        if self._ds is None or not self._ds.terms:
            return esc(text)
        mentions = self._ds.term_matcher.mentions(text, self._lang, self._seen)
        return "".join(link(link_to(Kind.TERM, term), piece) if term else esc(piece)
                       for piece, term in split_mentions(text, mentions))


def _para(text: LocalizedText, lang: str, terms: TermLinks | None = None) -> str:
    value = text.get(lang)
    if not value:
        return ""
    show = terms.html if terms is not None else esc
    return "".join(f"<p>{show(chunk)}</p>" for chunk in value.split("\n\n") if chunk.strip())


def _heading(text: str) -> str:
    return f"<h3>{esc(text)}</h3>"


def sources_html(ds: Dataset, refs: tuple[SourceRef, ...]) -> str:
    """The sources list, each with author, title, year and address as text (never opened in the kiosk); the title
    links to the source's page in the Bibliography (``source/<id>``)."""
    if not refs:
        return f"{_heading(tr('Sources'))}<p><i>{esc(tr('No source is cited for this record.'))}</i></p>"
    items = []
    for ref in dict.fromkeys(refs):
        s = ds.sources.get(ref.source)
        if s is None:
            items.append(f"<li>{esc(ref.source)}</li>")
            continue
        parts = [esc(p) if i != 1 else record_link(Kind.SOURCE, s.id, p)
                 for i, p in enumerate((s.author, f"«{s.title}»", s.publisher, s.year)) if p]
        if ref.detail:
            parts.append(esc(ref.detail))
        url = f'<br><span style="color:{MUTED}">{esc(s.url)}</span>' if s.url else ""
        items.append(f"<li>{', '.join(parts)}{url}</li>")
    return f"{_heading(tr('Sources'))}<ol>{''.join(items)}</ol>"


def _note(text: LocalizedText, lang: str, terms: TermLinks | None = None) -> str:
    """A record's note on its sources (disputes, uncertainty)."""
    return _boxed(tr("Note on the sources"), text.get(lang), "rgba(128,128,128,0.15)", terms)


def content_note_box(text: LocalizedText, lang: str) -> str:
    """A warning at the top of a page (or an attract card) whose text describes violence; "" when there is none."""
    return _boxed(tr("Content note"), text.get(lang), "rgba(230,159,0,0.22)")


def _boxed(label: str, value: str, background: str, terms: TermLinks | None = None) -> str:
    if not value:
        return ""
    shown = terms.html(value) if terms is not None else esc(value)
    return (f'<table width="100%" cellpadding="6" style="background-color:{background}">'
            f"<tr><td><b>{esc(label)}:</b> {shown}</td></tr></table>")


def _sentence_text(s: Sentence | None) -> str:
    if s is None:
        return ""
    text = sentence_label(s.kind)
    if s.years:
        years = int(s.years) if float(s.years).is_integer() else s.years
        text += " " + tr("(%1 years)").replace("%1", str(years))
    return esc(text)


PORTRAIT_PLACEHOLDER = "portrait:placeholder"
_BAR_FIRST, _BAR_LAST = 1917, 1954


def axis_bar(start: float, end: float, axis: tuple[int, int], colour: str) -> str:
    """A span of years (fractions for months) as a bar on an axis of whole years, ``axis[1]`` included: an HTML
    table, so that the page needs no image. The post bars of a person's page and the comparison of two people."""
    first, last = axis[0], axis[1] + 1
    span = last - first
    a, b = max(first, min(start, last)), max(first, min(end, last))
    pre = round(100 * (a - first) / span)
    dur = max(1, round(100 * (b - a) / span))
    post = max(0, 100 - pre - dur)
    cells = (f'<td width="{pre}%"></td>' if pre else "") + \
        f'<td width="{dur}%" style="background-color:{colour}">&nbsp;</td>' + \
        (f'<td width="{post}%"></td>' if post else "")
    return ('<table width="100%" cellspacing="0" cellpadding="0" style="background-color:rgba(128,128,128,0.18)">'
            f"<tr>{cells}</tr></table>")


def _tenure_bar(m_start: PartialDate | None, m_end: PartialDate | None, colour: str) -> str:
    """A post as a small bar on a 1917–1953 axis."""
    a = (m_start.year + ((m_start.month or 1) - 1) / 12) if m_start else _BAR_FIRST
    b = (m_end.year + (m_end.month or 12) / 12) if m_end else a + 0.25
    return axis_bar(a, b, (_BAR_FIRST, _BAR_LAST - 1), colour)


#: The box a portrait is fitted into on a person's page, in pixels.
PORTRAIT_BOX = (72, 90)


def portrait_uri(p: Person) -> str:
    """The resource name under which a person's decoded portrait is handed to the page."""
    return f"portrait:{p.id}"


def portrait_box(line_height: int) -> tuple[int, int]:
    """The box a portrait is fitted into, in proportion to the page's type (larger in the kiosk)."""
    scale = max(1.0, line_height / 18)
    return round(PORTRAIT_BOX[0] * scale), round(PORTRAIT_BOX[1] * scale)


def _portrait_cell(p: Person, lang: str, size: tuple[int, int] | None, box: tuple[int, int]) -> str:
    if size is None:
        return (f'<img src="{PORTRAIT_PLACEHOLDER}" width="{box[0]}" height="{box[1]}" '
                f'alt="{esc(tr("No portrait"))}">')
    w, h = size
    scale = min(box[0] / w, box[1] / h)
    cell = (f'<img src="{portrait_uri(p)}" width="{max(1, round(w * scale))}" height="{max(1, round(h * scale))}" '
            f'alt="{esc(tr("Portrait of %1").replace("%1", p.name.get(lang)))}">')
    if p.image_credit:
        cell += f'<br><span style="color:{MUTED}; font-size:small">{esc(p.image_credit.get(lang))}</span>'
    return cell


def person_page(ds: Dataset, p: Person, lang: str, portrait: tuple[int, int] | None = None,
                box: tuple[int, int] = PORTRAIT_BOX, after_trials: str = "") -> str:
    """The detail page of a person; ``portrait`` is the size of their decoded portrait, if they have one, fitted
    into ``box``; ``after_trials`` is a section (HTML) placed after the trials (Stalin's lists)."""
    other = "ru" if lang == "en" else "en"
    terms = TermLinks(ds, lang)
    # A fixed-width cell, so that a long credit wraps under the portrait instead of pushing the name aside.
    out = [f'<table><tr><td width="{box[0] + 16}" style="vertical-align:top">'
           f'{_portrait_cell(p, lang, portrait, box)}</td>'
           f'<td style="padding-left:12px"><h1>{esc(p.name.get(lang))}</h1>']
    if p.name.has(other) and p.name.get(other) != p.name.get(lang):
        out.append(f'<p style="color:{MUTED}">{esc(p.name.get(other))}</p>')
    out.append("</td></tr></table>")
    if p.content_note:
        out.append(content_note_box(p.content_note, lang))
    life = []
    if p.born.date or p.born.place:
        # "Born:" and "died:", not "Born"/"died": Russian needs a form that is right for men and women alike.
        life.append(f"{esc(tr('Born:'))} {_date(p.born.date, lang)}" +
                    (f", {esc(p.born.place.get(lang))}" if p.born.place else ""))
    if p.died.date or p.died.place or p.died.date_unknown:
        when = _date(p.died.date, lang) or esc(tr("date unknown"))
        died = f"{esc(tr('died:'))} {when}" + (
            f", {esc(p.died.place.get(lang))}" if p.died.place else "")
        if p.born.date and p.died.date:
            age, exact = age_at(p.born.date, p.died.date)
            died += " (" + esc(tr("aged %1") if exact else tr("aged about %1")).replace("%1", str(age)) + ")"
        life.append(died)
    if life:
        out.append(f"<p>{' — '.join(life)}</p>")
    roles = perpetrator_roles(ds, p.id)
    if roles:
        # Beside the fate: "NKVD chief 1936–1938" reads differently from a victim's page with the same fate.
        out.append(f"<p><b>{PERPETRATOR_MARK} {esc(tr('Part in the repression'))}:</b> "
                   f"{esc(perpetrator_summary(ds, roles, lang))}<br><span style='color:{MUTED}'>"
                   f"{esc(tr('From the posts, trials and shooting lists recorded here.'))}</span></p>")
    out.append(f"<p><b>{esc(tr('Fate'))}:</b> {fate_badge(p.fate)}</p>")
    if p.occupation:
        out.append(f"<p>{terms.html(p.occupation.get(lang))}</p>")
    # The life story comes right after who they were and what became of them; the detail (repression, posts,
    # trials) follows.
    bio = _para(p.bio, lang, terms)
    if bio:
        out.append(_heading(tr("Biography")) + bio)
    all_refs = tuple(dict.fromkeys((*p.sources, *(ref for r in p.repression for ref in r.sources))))
    numbers: dict[str, int] = {}
    for i, ref in enumerate(all_refs, 1):  # the same order as the numbered list at the end of the page
        numbers.setdefault(ref.source, i)
    if p.repression:
        rows = "".join(
            f"<tr><td>{_date(r.date, lang)}</td><td>{esc(repression_label(r.type))}"
            + (f": {esc(sentence_label(r.sentence))}" if r.sentence else "")
            + (" " + esc(tr("(%1 years)").replace("%1", f"{r.years:g}")) if r.years else "")
            + (f" — {terms.html(r.note.get(lang))}" if r.note else "")
            + _cite(r.sources, numbers) + "</td></tr>"
            for r in p.repression[:MAX_ROWS])
        out.append(f"{_heading(tr('Repression'))}<table cellpadding='3'>{rows}</table>{more_rows(len(p.repression))}")
    posts = ds.posts_of(p.id)
    if posts:
        rows = []
        for m in posts[:MAX_ROWS]:
            body = ds.bodies.get(m.body)
            label = m.title.get(lang) or role_label(m.role)
            # Why the post ended; an unknown reason is not worth a bare "(unknown)" after the dates.
            why = (f" ({esc(end_reason_label(m.end_reason))})"
                   if m.end_reason and m.end_reason is not EndReason.UNKNOWN else "")
            organ = record_link(Kind.BODY, m.body, body.label(lang) if body else m.body, _first_day(m.start))
            rows.append(f"<tr><td>{_span(m.start, m.end, lang, m.end_unknown)}{why}</td><td>{esc(label)}, "
                        f"{organ}</td>"
                        f"<td width='30%'>{_tenure_bar(m.start, m.end, FATE_COLOURS[p.fate])}</td></tr>")
        bars = tr("Each bar runs from 1917 to 1953; its coloured part is the time in the post.")
        out.append(f"{_heading(tr('Posts held'))}<p style='color:{MUTED}'>{esc(bars)}</p>"
                   f"<table cellpadding='3' width='100%'>{''.join(rows)}</table>{more_rows(len(posts))}")
    trials = ds.trials_of(p.id)
    if trials:
        items = []
        for trial, role in trials[:MAX_ROWS]:
            name = trial.short_name(lang)
            text = f"{record_link(Kind.TRIAL, trial.id, name)} ({_date(trial.start, lang)}) — {esc(_trial_role(role))}"
            if role == TrialRole.DEFENDANT:
                d = next(d for d in trial.defendants if d.person == p.id)
                if d.sentence:
                    text += f": {_sentence_text(d.sentence)}"
            items.append(f"<li>{text}</li>")
        out.append(f"{_heading(tr('Trials'))}<ul>{''.join(items)}</ul>{more_rows(len(trials))}")
    out.append(after_trials)
    events = ds.events_of(p.id)
    if events:
        items = "".join(f"<li>{_date(e.date, lang)}: {record_link(Kind.EVENT, e.id, e.title.get(lang))}</li>"
                        for e in events[:MAX_ROWS])
        out.append(f"{_heading(tr('Events'))}<ul>{items}</ul>{more_rows(len(events))}")
    out.append(_note(p.note, lang, terms))
    if p.aliases:
        out.append(f"<p style='color:{MUTED}'>{esc(tr('Also written'))}: {esc(', '.join(p.aliases))}</p>")
    out.append(sources_html(ds, all_refs))
    return "".join(out)


#: The most rows a page lists of one kind (posts, events, defendants): a record with 100,000 posts would otherwise
#: give a page that takes a minute and gigabytes to lay out (docs/reliability.md, "Records of any size").
MAX_ROWS = 300


def more_rows(total: int, limit: int = MAX_ROWS) -> str:
    """The line under a list cut at ``limit`` rows: how many more the data holds ("" when none were cut)."""
    if total <= limit:
        return ""
    text = tr("… and %1 more, not listed here (the data files and the CSV export hold them all).").replace(
        "%1", f"{total - limit:,}")
    return f"<p style='color:{MUTED}'>{esc(text)}</p>"


def _first_day(date: PartialDate | None) -> PartialDate | None:
    """The first day a (partial) date may mean: the organisation chart opens on it."""
    return PartialDate(*date.earliest()) if date is not None else None


def _cite(refs: tuple[SourceRef, ...], numbers: dict[str, int]) -> str:
    """Bracketed numbers pointing into the page's source list, for facts with their own sources."""
    marks = sorted({numbers[r.source] for r in refs if r.source in numbers})
    return f" <sup>[{', '.join(str(n) for n in marks)}]</sup>" if marks else ""


def _trial_role(role: TrialRole) -> str:
    return {
        TrialRole.DEFENDANT: tr("defendant"), TrialRole.PRESIDING_JUDGE: tr("presiding judge"),
        TrialRole.JUDGE: tr("judge"), TrialRole.PROSECUTOR: tr("prosecutor"),
        TrialRole.NOT_TRIED: tr("named, not tried"),
    }[role]


def _defendant_row(ds: Dataset, d: Defendant, lang: str, with_charges: bool, terms: TermLinks) -> str:
    # Four or five columns, not seven: the table has to fit the page beside the list without scrolling sideways.
    who = person_link(ds, d.person, lang)
    if d.former_position:
        who += f"<br>{terms.html(d.former_position.get(lang))}"
    if d.note:
        who += f"<br><span style='color:{MUTED}'>{terms.html(d.note.get(lang))}</span>"
    cells = [who]
    if with_charges:
        cells.append(terms.html(d.charges.get(lang)))
    outcome = [_sentence_text(d.sentence)]
    death = death_in_custody(ds, d)
    if death is not None:
        kind, when = death
        text = {CustodyDeath.SHOT: tr("shot %1"), CustodyDeath.KILLED: tr("killed %1"),
                CustodyDeath.DIED_IN_CUSTODY: tr("died in custody %1")}[kind]
        outcome.append(esc(text).replace("%1", _date(when, lang)))
    cells += [esc(plea_label(d.plea)), "<br>".join(x for x in outcome if x), _date(d.rehabilitated, lang)]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def outcome_counts(trial: Trial) -> list[tuple[str, int]]:
    """Sentences of a trial by kind, largest first (for the outcome summary)."""
    counts: dict[str, int] = {}
    for d in trial.defendants:
        key = d.sentence.kind.value if d.sentence else "unknown"
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def _outcome_bar(trial: Trial) -> str:
    total = len(trial.defendants)
    if not total:
        return ""
    colours = {"death": "#D55E00", "prison": "#E69F00", "labour_camp": "#E69F00", "exile": "#56B4E9",
               "acquitted": "#009E73", "other": "#999999", "unknown": "#999999"}
    cells, legend = [], []
    for kind, n in outcome_counts(trial):
        label = sentence_label(SentenceKind(kind)) if kind != "unknown" else tr("unknown")
        width = max(1, round(100 * n / total))
        cells.append(f'<td width="{width}%" style="background-color:{colours[kind]}">&nbsp;</td>')
        legend.append(f'<span style="color:{colours[kind]}">■</span> {esc(label)}: {n}')
    return (f'<table width="100%" cellspacing="0" cellpadding="4"><tr>{"".join(cells)}</tr></table>'
            f"<p>{' &nbsp; '.join(legend)}</p>")


def trial_page(ds: Dataset, t: Trial, lang: str) -> str:
    """The detail page of a trial."""
    terms = TermLinks(ds, lang)
    out = [f"<h1>{esc(t.short_name(lang))}</h1>"]
    if t.common_name:
        out.append(f"<p><i>{esc(t.name.get(lang))}</i></p>")
    if t.other_names(lang):
        out.append(f"<p style='color:{MUTED}'>{esc(tr('Also known as'))}: {esc('; '.join(t.other_names(lang)))}</p>")
    if t.start or t.end:
        out.append(f"<p><b>{_span(t.start, t.end, lang)}</b></p>")
    if t.content_note:
        out.append(content_note_box(t.content_note, lang))
    # What happened comes first; who judged, under which articles, and each defendant follow.
    out.append(_para(t.summary, lang, terms))
    facts = []
    if t.court:
        body = ds.bodies.get(t.court)
        facts.append((tr("Court"), record_link(Kind.BODY, t.court, body.name.get(lang) if body else t.court)))
    if t.public is not None:
        facts.append((tr("Held"), esc(tr("in public") if t.public else tr("in secret"))))
    if t.presiding_judge:
        facts.append((tr("Presiding judge"), person_link(ds, t.presiding_judge, lang)))
    if t.judges:
        facts.append((tr("Judges"), ", ".join(person_link(ds, j, lang) for j in t.judges)))
    if t.prosecutor:
        facts.append((tr("Prosecutor"), person_link(ds, t.prosecutor, lang)))
    if t.articles:
        articles = esc(", ".join(t.articles))
        if any(a.startswith("58") for a in t.articles) and ds.term(ARTICLE_58) is not None:
            articles += " — " + link(link_to(Kind.TERM, ARTICLE_58), esc(tr("what Article 58 punished")))
        facts.append((tr("Criminal Code articles"), articles))
    out.append("<table cellpadding='3'>" + "".join(
        f"<tr><td><b>{esc(k)}</b></td><td>{v}</td></tr>" for k, v in facts) + "</table>")
    if t.charges:
        out.append(_heading(tr("Charges")) + _para(t.charges, lang, terms))
    out.append(_heading(tr("Outcome")) + _outcome_bar(t))
    with_charges = any(d.charges for d in t.defendants)
    titles = [tr("Defendant")] + ([tr("Charges")] if with_charges else []) + [
        tr("Plea"), tr("Sentence"), tr("Rehabilitated")]
    head = "".join(f"<th align='left'>{esc(h)}</th>" for h in titles)
    rows = "".join(_defendant_row(ds, d, lang, with_charges, terms) for d in t.defendants[:MAX_ROWS])
    out.append(f"{_heading(tr('Defendants'))}<table cellpadding='3' border='0'><tr>{head}</tr>{rows}</table>"
               f"{more_rows(len(t.defendants))}")
    if t.not_tried:
        items = "".join(f"<li>{person_link(ds, n.person, lang)}" + (f" — {esc(n.reason.get(lang))}"
                        if n.reason else "") + "</li>" for n in t.not_tried)
        out.append(f"{_heading(tr('Named but not tried'))}<ul>{items}</ul>")
    events = ds.events_of_trial(t.id)
    if events:
        items = "".join(f"<li>{_date(e.date, lang)}: {record_link(Kind.EVENT, e.id, e.title.get(lang))}</li>"
                        for e in events)
        out.append(f"{_heading(tr('On the timeline'))}<ul>{items}</ul>")
    out.append(_note(t.note, lang, terms))
    out.append(sources_html(ds, t.sources))
    return "".join(out)


def event_page(ds: Dataset, event_id: str, lang: str) -> str:
    """The detail page of an event."""
    e = ds.events[event_id]
    terms = TermLinks(ds, lang)
    out = [f"<h2>{esc(e.title.get(lang))}</h2>",
           f"<p><b>{_date(e.date, lang)}</b>" + (f" – {_date(e.end, lang)}" if e.end else "")
           + f" · {esc(category_label(e.category))}</p>"]
    if e.content_note:
        out.append(content_note_box(e.content_note, lang))
    out.append(_para(e.summary, lang, terms))
    if e.people:
        out.append(f"<p><b>{esc(tr('People'))}:</b> "
                   + ", ".join(person_link(ds, p, lang) for p in e.people) + "</p>")
    if e.bodies:
        out.append(f"<p><b>{esc(tr('Organs'))}:</b> " + ", ".join(
            record_link(Kind.BODY, b, ds.bodies[b].label(lang)) for b in e.bodies if b in ds.bodies) + "</p>")
    if e.trials:
        out.append(f"<p><b>{esc(tr('Trials'))}:</b> " + ", ".join(
            record_link(Kind.TRIAL, t, ds.trials[t].short_name(lang))
            for t in e.trials if t in ds.trials) + "</p>")
    out.append(_note(e.note, lang, terms))
    out.append(sources_html(ds, e.sources))
    return "".join(out)


def org_page(ds: Dataset, day: tuple[int, int, int], lang: str) -> str:
    """Who sat where on ``day``, as the chart draws it (:func:`chart_on`): each organ with its number of seats
    and their later fates, then its holders, each name with its fate."""
    out = []
    parts = perpetrator_index(ds)
    for body_id, held in chart_on(ds, day, lang):
        body = ds.bodies[body_id]
        summary = ", ".join(f"{later_fate_badge(k)}: {n}" for k, n in later_fate_counts(ds, (m.person for m in held)))
        rows = []
        for m in held:
            p = ds.people[m.person]
            doubt = "" if m.surely_active_on(day) else (
                f"<br><span style='color:{MUTED}'>{esc(tr('no exact dates: perhaps not on this very day'))}</span>")
            rows.append(f"<tr><td>{esc(m.title.get(lang) or role_label(m.role))}</td>"
                        f"<td>{record_link(Kind.PERSON, p.id, p.name.get(lang))}</td>"
                        f"<td>{_span(m.start, m.end, lang, m.end_unknown)}{doubt}</td>"
                        f"<td>{_part_cell(ds, parts.get(p.id, ()), lang)}{fate_badge(p.fate)}</td></tr>")
        out.append(f"<a name='{esc(body_id)}'></a><h3>{record_link(Kind.BODY, body_id, body.name.get(lang))}</h3>"
                   f"<p>{esc(tr('%1 seats held on this date; later fates:').replace('%1', str(len(held))))} "
                   f"{summary}</p><table cellpadding='3'>{''.join(rows)}</table>")
    if not out:
        out.append(f"<p>{esc(tr('The data records nobody in post on this date.'))}</p>")
    return "".join(out)


def _part_cell(ds: Dataset, roles: tuple[RepressionRole, ...], lang: str) -> str:
    """A holder's part in the repression, marked, before the fate; "" for none."""
    if not roles:
        return ""
    return f"<b>{PERPETRATOR_MARK} {esc(perpetrator_summary(ds, roles, lang, with_years=False))}</b> · "


def cohort_title(ds: Dataset, cohort: Cohort, lang: str) -> str:
    """What a cohort is called: its label, else its body's name and the cohort's id."""
    if cohort.label:
        return cohort.label.get(lang)
    body = ds.bodies.get(cohort.body)
    return f"{body.label(lang) if body else cohort.body} ({cohort.cohort})"


def cohort_summary(ds: Dataset, lang: str) -> str:
    """"Of the N elected …: how many were shot …", computed from the data for the cohort that a published figure
    counts (:func:`cohort_figure`); "" when the data names none."""
    figure = cohort_figure(ds)
    if figure is None or figure.cohort is None:
        return ""
    people = cohort_members(ds, figure.cohort.body, figure.cohort.cohort)
    parts = ", ".join(f"{later_fate_badge(k)} {n}" for k, n in later_fate_counts(ds, people))
    head = tr("%1: of the %2 people recorded here:").replace("%1", cohort_title(ds, figure.cohort, lang)).replace(
        "%2", str(len(people)))
    return f"<p><b>{esc(head)}</b> {parts}</p>"
