"""Pages lead with what happened (issue #17): a trial's summary before its judges, articles and defendants; a
person's biography right after the life dates and fate, before the posts; a trial is named by its common name."""

from __future__ import annotations

import re

from purges_desktop.domain.links import Kind


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_a_trial_is_listed_and_headed_by_its_common_name(bundled) -> None:
    trial = bundled.dataset.trials["trial-1938"]
    assert ";" in trial.common_name.get("en")
    assert trial.short_name("en") == trial.common_name.get("en").split(";")[0].strip()
    assert trial.other_names("en") and ";" not in trial.short_name("en")


def test_a_trial_page_leads_with_its_summary(bundled, qapp) -> None:
    from purges_desktop.views.pages import trial_page

    trial = bundled.dataset.trials["trial-1938"]
    for lang in ("en", "ru"):
        text = _plain(trial_page(bundled.dataset, trial, lang))
        summary = trial.summary.get(lang).split("\n\n")[0][:40]
        start = text.index(summary[:20])
        judge = bundled.dataset.people[trial.presiding_judge].name.get(lang)
        assert start < text.index(judge), lang
        assert text.count(trial.short_name(lang)) >= 1 and f"<h1>{trial.short_name(lang)}" in trial_page(
            bundled.dataset, trial, lang).replace("&#x27;", "'")


def test_a_person_page_puts_the_biography_before_the_posts(bundled, qapp) -> None:
    from purges_desktop.views.pages import person_page

    person = bundled.dataset.people["bukharin"]
    html = person_page(bundled.dataset, person, "en")
    assert html.index("Biography") < html.index("Posts held")
    assert html.index("Fate") < html.index("Biography")


def test_the_people_tab_idle_page_offers_people_and_explains_the_marks(bundled_window) -> None:
    people = bundled_window.tabs.tab(Kind.PEOPLE)
    people.reset()
    text = people.detail.toPlainText()
    assert "Start with" in text and "How to read dates" in text
    ds = bundled_window.data.dataset if bundled_window.data else people.data.dataset
    most = max(ds.people.values(), key=lambda p: len(ds.events_of(p.id)))
    assert most.name.get("en") in text


def test_the_org_chart_explains_its_marks_and_its_buttons(bundled_window) -> None:
    org = bundled_window.tabs.tab(Kind.ORGANIZATION)
    bundled_window.tabs.setCurrentIndex(1)
    assert org.legend.isVisible()
    legend = org.legend.text()
    assert "Dashed border" in legend and "1940?" in legend and "People tab" in legend
    assert org.zoom_in.toolTip() == "Larger cards" and org.zoom_out.toolTip() == "Smaller cards"
    org.compare_button.setChecked(True)
    assert not org.legend.isVisible()


def test_an_org_card_under_the_pointer_is_marked_and_says_what_a_click_does(bundled_window, qtbot) -> None:
    from PySide6.QtCore import QPoint, Qt

    org = bundled_window.tabs.tab(Kind.ORGANIZATION)
    bundled_window.tabs.setCurrentIndex(1)
    canvas = org.canvas
    card, member = canvas.cards()[0]
    qtbot.mouseMove(canvas, QPoint(int(card.x + card.w / 2), int(card.y + card.h / 2)))
    assert canvas.hovered_person() == member.person
    assert canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert "People tab" in canvas.toolTip()
    qtbot.mouseMove(canvas, QPoint(2, 2))
    assert canvas.hovered_person() == ""


def test_the_order_00447_page_gives_its_toll_before_the_detail(bundled, qapp) -> None:
    from purges_desktop.views.pages import event_page

    for lang, toll, signed in (("en", "387,000", "Signed by Yezhov"), ("ru", "387 тысяч", "Подписанный Ежовым")):
        text = _plain(event_page(bundled.dataset, "order-00447", lang))
        assert text.index(toll) < text.index(signed), lang


def test_date_fields_write_dates_as_the_pages_do(bundled_window, language) -> None:
    people = bundled_window.tabs.tab(Kind.PEOPLE)
    org = bundled_window.tabs.tab(Kind.ORGANIZATION)
    assert people.date_edit.text() == "1 January 1937"
    assert org.date_edit.text() == "1 December 1934"
    language.set("ru")
    assert people.date_edit.text() == "1 января 1937"
    assert org.date_edit.text() == "1 декабря 1934"


def test_a_post_whose_end_is_unknown_says_so_once(bundled, qapp) -> None:
    from purges_desktop.views.pages import person_page

    text = _plain(person_page(bundled.dataset, bundled.dataset.people["abakumov"], "en"))
    assert "end not known" in text
    assert "(unknown)" not in text


def test_go_to_a_year_scrolls_the_list_there_too(bundled_window, qtbot) -> None:
    from PySide6.QtCore import Qt

    timeline = bundled_window.tabs.tab(Kind.TIMELINE)
    bundled_window.tabs.setCurrentIndex(3)
    qtbot.keyClicks(timeline.goto, "1937")
    qtbot.keyClick(timeline.goto, Qt.Key.Key_Return)
    events = bundled_window.tabs.data.dataset.events if bundled_window.tabs.data else None
    assert events is not None
    top = timeline.table.rowAt(0)
    assert top > 0
    assert events[timeline.model.row_id(top)].date.year == 1937
    assert events[timeline.model.row_id(top - 1)].date.year < 1937
