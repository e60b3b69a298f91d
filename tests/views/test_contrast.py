"""Contrast (issue #17): every text colour against its background, in the study theme (the system palette, light
here) and the kiosk's dark theme, meets WCAG AA: 4.5:1 for normal text, 3:1 for large text. Covers the widgets'
palettes after the style sheets, the kiosk style sheet's own pairs, the colours the pages' HTML writes, and the text
painted by the timeline and the organisation chart."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from purges_desktop.domain.colours import LARGE_TEXT, MUTED, NORMAL_TEXT, contrast, muted_on, over, to_hex
from tests.screen_checks import settle_deletions

REPO = Path(__file__).resolve().parents[2]
VIEWS = REPO / "purges_desktop" / "views"
#: The page backgrounds of the two themes: the study window's light Base and the kiosk's black text browser.
PAGES = {"study": "#FFFFFF", "kiosk": "#000000"}
G, R = QPalette.ColorGroup, QPalette.ColorRole


def _rgba(c: QColor) -> tuple[float, float, float, float]:
    return c.redF(), c.greenF(), c.blueF(), c.alphaF()


def test_the_contrast_maths_matches_wcag() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast("gray", "#FFFFFF") == pytest.approx(3.95, abs=0.01)  # the source URLs' old colour
    assert contrast("rgba(0,0,0,0.5)", "#FFFFFF") == pytest.approx(contrast("#808080", "#FFFFFF"), abs=0.05)
    assert contrast(muted_on("#000000", "#EFEFEF"), "#EFEFEF") >= NORMAL_TEXT


@pytest.fixture(params=["study", "kiosk"])
def theme(request, qapp):
    from purges_desktop.app.qt_setup import apply_kiosk_style, make_qapp
    from purges_desktop.domain.kiosk import KioskSettings

    settle_deletions()
    make_qapp([])
    if request.param == "kiosk":
        apply_kiosk_style(qapp, KioskSettings())
    yield request.param
    settle_deletions()
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())
    make_qapp([])


def test_widget_text_reads_in_both_themes(qtbot, theme: str) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    search = QLineEdit(root)
    search.setPlaceholderText("Search")
    date = QDateEdit(root)
    date.setEnabled(False)
    button, off = QPushButton("Go", root), QPushButton("Off", root)
    off.setEnabled(False)
    page, label, table, check = QTextBrowser(root), QLabel("Text", root), QTableView(root), QCheckBox("x", root)
    for w in (search, date, button, off, page, label, table, check):
        layout.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    pairs = {
        "search placeholder": (search, G.Active, R.PlaceholderText, R.Base),
        "search text": (search, G.Active, R.Text, R.Base),
        "disabled date field": (date, G.Disabled, R.Text, R.Base),
        "button": (button, G.Active, R.ButtonText, R.Button),
        "disabled button": (off, G.Disabled, R.ButtonText, R.Button),
        "page text": (page, G.Active, R.Text, R.Base),
        "page link": (page, G.Active, R.Link, R.Base),
        "visited link": (page, G.Active, R.LinkVisited, R.Base),
        "label": (label, G.Active, R.WindowText, R.Window),
        "table text": (table, G.Active, R.Text, R.Base),
        "selected row": (table, G.Active, R.HighlightedText, R.Highlight),
        "check box": (check, G.Active, R.WindowText, R.Window),
    }
    low = {}
    for name, (w, group, fg, bg) in pairs.items():
        palette = w.palette()
        ratio = contrast(_rgba(palette.color(group, fg)), palette.color(group, bg).name())
        if ratio < NORMAL_TEXT:
            low[name] = round(ratio, 2)
    assert not low, f"{theme}: below 4.5:1: {low}"


def _qss_rules(text: str) -> list[tuple[str, dict[str, str]]]:
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", text, flags=re.S)):
        props = {k.strip(): v.strip() for k, _, v in (p.partition(":") for p in body.split(";")) if v.strip()}
        rules.append((selector.strip(), props))
    return rules


def test_the_kiosk_style_sheet_pairs_read() -> None:
    """Each rule's text colour on its own background (or the kiosk's window colour, which every widget inherits)."""
    rules = _qss_rules((REPO / "resources" / "styles" / "kiosk.qss").read_text(encoding="utf-8"))
    window = next(p["background-color"] for s, p in rules if s == "QWidget")
    low = []
    for selector, props in rules:
        background = props.get("background-color", props.get("background", window))
        if "color" in props and not background.startswith("transparent"):
            ratio = contrast(props["color"], background)
            if ratio < NORMAL_TEXT:
                low.append(f"{selector}: {props['color']} on {background} = {ratio:.2f}")
        if "selection-color" in props:
            ratio = contrast(props["selection-color"], props["selection-background-color"])
            if ratio < NORMAL_TEXT:
                low.append(f"{selector} selection = {ratio:.2f}")
    assert not low, low


def _html_text_colours() -> dict[str, set[str]]:
    """Every text colour a page's HTML names (``color:`` in the views' source, not ``background-color``)."""
    found: dict[str, set[str]] = {}
    for path in VIEWS.rglob("*.py"):
        for value in re.findall(r"(?<![-\w])color:\s*([#\w(),. {}]+?)[;'\"]", path.read_text(encoding="utf-8")):
            value = value.strip().replace("{MUTED}", MUTED)
            if "{" not in value:  # a colour from a table (a fate's symbol), checked below
                found.setdefault(value, set()).add(path.name)
    return found


def test_the_pages_text_colours_read_on_both_themes() -> None:
    colours = _html_text_colours()
    assert MUTED in colours  # the scan finds what it looks for
    low = [f"{c} ({', '.join(sorted(files))}) on {theme} {page}: {contrast(c, page):.2f}"
           for c, files in colours.items() for theme, page in PAGES.items() if contrast(c, page) < NORMAL_TEXT]
    assert not low, low


def test_the_timeline_era_names_read_on_their_bands(qtbot) -> None:
    from purges_desktop.views.timeline_canvas import ERA_FILL, era_ink

    fill = QColor(ERA_FILL)
    for base in PAGES.values():
        band = to_hex(over(_rgba(fill), base))
        ink = era_ink(QColor(base)).name()
        assert contrast(ink, band) >= NORMAL_TEXT, (base, ink, band)


def test_the_organisation_cards_text_reads_on_every_fate_colour(qtbot) -> None:
    """A card is filled with a light tint of its person's later-fate colour; its name is in the text colour and its
    dates dimmed (org_canvas.pal_dim): both must read on every tint, on both themes."""
    from purges_desktop.qtmodels.fates import FATE_COLOURS, SURVIVED_COLOUR
    from purges_desktop.views.org_canvas import CARD_FILL_ALPHA, CARD_HOVER_ALPHA, pal_dim

    for base, text in (("#FFFFFF", "#000000"), ("#000000", "#F2F2F2")):
        for colour, alpha in itertools.product((*FATE_COLOURS.values(), SURVIVED_COLOUR),
                                               (CARD_FILL_ALPHA, CARD_HOVER_ALPHA)):
            tint = QColor(colour)
            tint.setAlpha(alpha)
            card = to_hex(over(_rgba(tint), base))
            assert contrast(text, card) >= NORMAL_TEXT, (base, colour)
            assert contrast(_rgba(pal_dim(QColor(text))), card) >= NORMAL_TEXT, (base, colour)


def test_large_text_threshold_is_the_wcag_one() -> None:
    assert LARGE_TEXT == 3.0 and NORMAL_TEXT == 4.5


def test_the_still_there_notice_reads_on_its_box() -> None:
    from purges_desktop.views.idle_notice import NOTICE_FILL, NOTICE_INK

    assert contrast(NOTICE_INK, NOTICE_FILL) >= NORMAL_TEXT
