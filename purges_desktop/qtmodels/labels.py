# SPDX-License-Identifier: GPL-3.0-or-later
"""Translatable labels for the domain's enumerations (the domain itself stays free of Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from purges_desktop.domain.model import Category, EndReason, Fate, Plea, RepressionType, Role, SentenceKind
from purges_desktop.domain.queries import SURVIVED_REPRESSION, LaterFate
from purges_desktop.domain.roles import RepressionRole, RepressionRoleKind

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset

_CTX = "Labels"

_FATES = {
    Fate.EXECUTED: QT_TRANSLATE_NOOP("Labels", "Executed"),
    Fate.DIED_IN_CUSTODY: QT_TRANSLATE_NOOP("Labels", "Died in custody"),
    Fate.MURDERED: QT_TRANSLATE_NOOP("Labels", "Murdered"),
    Fate.SUICIDE: QT_TRANSLATE_NOOP("Labels", "Suicide"),
    Fate.KILLED_IN_ACTION: QT_TRANSLATE_NOOP("Labels", "Killed in action"),
    Fate.NATURAL_DEATH: QT_TRANSLATE_NOOP("Labels", "Natural death"),
    Fate.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
}
_CATEGORIES = {
    Category.PARTY: QT_TRANSLATE_NOOP("Labels", "Party"),
    Category.SECRET_POLICE: QT_TRANSLATE_NOOP("Labels", "Secret police"),
    Category.TRIALS: QT_TRANSLATE_NOOP("Labels", "Trials"),
    Category.MILITARY: QT_TRANSLATE_NOOP("Labels", "Military"),
    Category.LAW_SOCIETY: QT_TRANSLATE_NOOP("Labels", "Law and society"),
    Category.INTERNATIONAL: QT_TRANSLATE_NOOP("Labels", "International"),
}
_ROLES = {
    Role.HEAD: QT_TRANSLATE_NOOP("Labels", "Head"),
    Role.GENERAL_SECRETARY: QT_TRANSLATE_NOOP("Labels", "General Secretary"),
    Role.FIRST_DEPUTY: QT_TRANSLATE_NOOP("Labels", "First deputy"),
    Role.DEPUTY: QT_TRANSLATE_NOOP("Labels", "Deputy"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Secretary"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    Role.CANDIDATE: QT_TRANSLATE_NOOP("Labels", "Candidate member"),
    Role.JUDGE: QT_TRANSLATE_NOOP("Labels", "Judge"),
    Role.PROSECUTOR: QT_TRANSLATE_NOOP("Labels", "Prosecutor"),
}
_SENTENCES = {
    SentenceKind.DEATH: QT_TRANSLATE_NOOP("Labels", "Death"),
    SentenceKind.PRISON: QT_TRANSLATE_NOOP("Labels", "Prison"),
    SentenceKind.LABOUR_CAMP: QT_TRANSLATE_NOOP("Labels", "Labour camp"),
    SentenceKind.EXILE: QT_TRANSLATE_NOOP("Labels", "Exile"),
    SentenceKind.ACQUITTED: QT_TRANSLATE_NOOP("Labels", "Acquitted"),
    SentenceKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_PLEAS = {
    Plea.GUILTY: QT_TRANSLATE_NOOP("Labels", "Guilty"),
    Plea.PARTIAL: QT_TRANSLATE_NOOP("Labels", "Partly guilty"),
    Plea.NOT_GUILTY: QT_TRANSLATE_NOOP("Labels", "Not guilty"),
    Plea.RETRACTED: QT_TRANSLATE_NOOP("Labels", "Retracted"),
    Plea.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
}
_END_REASONS = {
    EndReason.TERM_END: QT_TRANSLATE_NOOP("Labels", "end of term"),
    EndReason.REMOVED: QT_TRANSLATE_NOOP("Labels", "removed"),
    EndReason.RESIGNED: QT_TRANSLATE_NOOP("Labels", "resigned"),
    EndReason.PROMOTED: QT_TRANSLATE_NOOP("Labels", "promoted"),
    EndReason.ARRESTED: QT_TRANSLATE_NOOP("Labels", "arrested"),
    EndReason.DIED: QT_TRANSLATE_NOOP("Labels", "died"),
    EndReason.EXECUTED: QT_TRANSLATE_NOOP("Labels", "executed"),
    EndReason.REORGANISED: QT_TRANSLATE_NOOP("Labels", "body reorganised"),
    EndReason.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "unknown"),
}
_REPRESSION = {
    RepressionType.ARREST: QT_TRANSLATE_NOOP("Labels", "Arrested"),
    RepressionType.EXPULSION: QT_TRANSLATE_NOOP("Labels", "Expelled from the party"),
    RepressionType.EXILE: QT_TRANSLATE_NOOP("Labels", "Exiled"),
    RepressionType.SENTENCE: QT_TRANSLATE_NOOP("Labels", "Sentenced"),
    RepressionType.EXECUTION: QT_TRANSLATE_NOOP("Labels", "Executed"),
    RepressionType.RELEASE: QT_TRANSLATE_NOOP("Labels", "Released"),
    RepressionType.REHABILITATION: QT_TRANSLATE_NOOP("Labels", "Rehabilitated"),
    RepressionType.PARTY_REINSTATEMENT: QT_TRANSLATE_NOOP("Labels", "Reinstated in the party"),
    RepressionType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def fate_label(fate: Fate) -> str:
    """The translated name of a fate."""
    return _tr(_FATES[fate])


def category_label(category: Category) -> str:
    """The translated name of a timeline category."""
    return _tr(_CATEGORIES[category])


def role_label(role: Role) -> str:
    """The translated name of a role."""
    return _tr(_ROLES[role])


def sentence_label(kind: SentenceKind) -> str:
    """The translated name of a sentence kind."""
    return _tr(_SENTENCES[kind])


def plea_label(plea: Plea) -> str:
    """The translated name of a plea."""
    return _tr(_PLEAS[plea])


def end_reason_label(reason: EndReason) -> str:
    """The translated name of why a membership ended."""
    return _tr(_END_REASONS[reason])


def repression_label(kind: RepressionType) -> str:
    """The translated name of a repression step."""
    return _tr(_REPRESSION[kind])


def later_fate_label(key: LaterFate) -> str:
    """Translated label of a later-fate key (a fate, or ``survived_repression``)."""
    if key == SURVIVED_REPRESSION:
        return _tr(QT_TRANSLATE_NOOP("Labels", "Survived repression"))
    return fate_label(Fate(key))


#: The mark of someone who carried out the repression, beside their fate (never colour alone: a symbol and words).
PERPETRATOR_MARK = "⚑"

_PERPETRATOR = {
    # %1: the bodies' short names, joined by "/" (OGPU/NKVD).
    RepressionRoleKind.POLICE_CHIEF: QT_TRANSLATE_NOOP("Labels", "%1 chief"),
    RepressionRoleKind.POLICE_OFFICER: QT_TRANSLATE_NOOP("Labels", "senior %1 post"),
    RepressionRoleKind.JUDGE: QT_TRANSLATE_NOOP("Labels", "judge"),
    RepressionRoleKind.PROSECUTOR: QT_TRANSLATE_NOOP("Labels", "prosecutor"),
    RepressionRoleKind.LIST_SIGNATORY: QT_TRANSLATE_NOOP("Labels", "signed shooting lists"),
    RepressionRoleKind.LIST_COMPILER: QT_TRANSLATE_NOOP("Labels", "submitted shooting lists"),
}


def perpetrator_label(ds: Dataset, role: RepressionRole, lang: str) -> str:
    """A part in the repression in a few words: "NKVD chief", "judge", "signed shooting lists"."""
    bodies = "/".join(ds.bodies[b].label(lang) if b in ds.bodies else b for b in role.bodies)
    return _tr(_PERPETRATOR[role.kind]).replace("%1", bodies)


def perpetrator_text(ds: Dataset, role: RepressionRole, lang: str) -> str:
    """A part with its years and, for lists, how many: "NKVD chief 1936–1938", "signed shooting lists (372,
    1937–1938)"."""
    years = role_years(role)
    text = perpetrator_label(ds, role, lang)
    if role.lists:
        return f"{text} ({len(role.lists)}" + (f", {years})" if years else ")")
    return f"{text} {years}" if years else text


def perpetrator_summary(ds: Dataset, roles: tuple[RepressionRole, ...], lang: str, with_years: bool = True) -> str:
    """Every part, in the order given (earliest first), joined by "; "; without the years for a table cell."""
    return "; ".join((perpetrator_text if with_years else perpetrator_label)(ds, r, lang) for r in roles)


def role_years(role: RepressionRole) -> str:
    """The years of a part: "1936–1938", "1937", "?–1948"; "" when no record is dated."""
    first = role.start.year if role.start else None
    last = role.end.year if role.end else None
    if first is None and last is None:
        return ""
    if first == last:
        return str(first)
    return f"{first or '?'}–{last or '?'}"
