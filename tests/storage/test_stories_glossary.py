"""Reading guided stories and glossary terms: the fixture loads whole, and every curator's mistake is a problem at
its file:line:column, with the rest of the data still loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from purges_desktop.domain.problems import Severity
from purges_desktop.storage.loader import load_dataset

if TYPE_CHECKING:
    from pathlib import Path


def test_the_guided_fixture_loads_without_a_problem(guided_dir: Path) -> None:
    ds = load_dataset(guided_dir)
    assert [str(p) for p in ds.problems] == []
    assert [s.id for s in ds.stories] == ["nkvd-chiefs"]
    story = ds.story("nkvd-chiefs")
    assert story is not None and story.order == 1 and len(story.cards) == 5
    assert [c.link for c in story.cards] == ["person/yagoda", "trial/trial-1936", "event/yezhov-appointed",
                                             "term/nkvd", "person/beria"]
    assert story.cards[0].title.get("ru") == "Ягода" and story.cards[0].sources[0].source == "wp-en-genrikh-yagoda"
    assert story.cards[1].origin.file == "stories.yaml" and story.cards[1].origin.line == 12
    assert [t.id for t in ds.terms] == ["great-terror", "nkvd", "troika"], "A-Z by the English term"
    nkvd = ds.term("nkvd")
    assert nkvd is not None and nkvd.see == ("body/nkvd",)
    assert nkvd.forms("ru") == ("НКВД", "Народный комиссариат внутренних дел")
    assert ds.term("nobody") is None and ds.story("nobody") is None


def _problems(folder: Path, name: str, text: str) -> list[tuple[str, int, int, str, str, str]]:
    (folder / name).write_text(text, encoding="utf-8")
    ds = load_dataset(folder)
    return [(p.origin.file, p.origin.line, p.origin.column, p.severity.value, p.code, p.message)
            for p in ds.problems if p.origin.file == name]


def _card(n: int, link: str = "person/yezhov") -> str:
    return (f"      - title: {{en: Card {n}, ru: Карточка {n}}}\n"
            f"        text: {{en: Text {n}., ru: Текст {n}.}}\n"
            f"        open: {link}\n"
            f"        sources: [wp-en-nikolai-yezhov]\n")


def _story(story_id: str, cards: str, extra: str = "") -> str:
    return (f"  - id: {story_id}\n    order: 2\n    title: {{en: A story, ru: История}}\n{extra}"
            f"    cards:\n{cards}")


def test_a_good_story_of_five_cards_has_no_problem(tiny_dir: Path) -> None:
    text = "stories:\n" + _story("ok", "".join(_card(n) for n in range(1, 6)))
    assert _problems(tiny_dir, "s.yaml", text) == []


@pytest.mark.parametrize("count", [4, 13])
def test_a_story_outside_five_to_twelve_cards_is_a_warning_at_its_cards(tiny_dir: Path, count: int) -> None:
    text = "stories:\n" + _story("short", "".join(_card(n) for n in range(1, count + 1)))
    found = _problems(tiny_dir, "s.yaml", text)
    assert found == [("s.yaml", 6, 7, "warning", "card-count",
                      f"story 'short' has {count} cards; a story has from 5 to 12")]
    assert load_dataset(tiny_dir).story("short") is not None, "the story still loads"


def test_a_card_without_title_or_text_is_skipped_with_an_error_at_the_card(tiny_dir: Path) -> None:
    cards = "".join(_card(n) for n in range(1, 6))
    cards += "      - text: {en: No title., ru: Без заголовка.}\n        open: person/yezhov\n"
    cards += "      - title: {en: No text, ru: Без текста}\n        open: person/yezhov\n"
    found = _problems(tiny_dir, "s.yaml", "stories:\n" + _story("s", cards))
    assert ("s.yaml", 26, 9, "error", "missing-field", "card 6 has no 'title'; the record is skipped") in found
    assert ("s.yaml", 28, 9, "error", "missing-field", "card 7 has no 'text'; the record is skipped") in found
    assert len(load_dataset(tiny_dir).story("s").cards) == 5


def test_a_story_without_a_title_is_skipped(tiny_dir: Path) -> None:
    text = "stories:\n  - id: untitled\n    order: 1\n    cards:\n" + "".join(_card(n) for n in range(1, 6))
    found = _problems(tiny_dir, "s.yaml", text)
    assert ("s.yaml", 2, 5, "error", "missing-field", "story has no 'title'; the record is skipped") in found
    assert load_dataset(tiny_dir).story("untitled") is None


def test_a_card_text_over_sixty_words_is_a_warning_per_language(tiny_dir: Path) -> None:
    long_en, long_ru = " ".join(["word"] * 61), " ".join(["слово"] * 65)
    cards = "".join(_card(n) for n in range(1, 5))
    cards += (f"      - title: {{en: Long, ru: Длинная}}\n        text:\n          en: {long_en}\n"
              f"          ru: {long_ru}\n        open: person/yezhov\n        sources: [wp-en-nikolai-yezhov]\n")
    found = _problems(tiny_dir, "s.yaml", "stories:\n" + _story("long", cards))
    assert [f for f in found if f[4] == "too-many-words"] == [
        ("s.yaml", 24, 11, "warning", "too-many-words", "text.en has 61 words; keep it to 60 or fewer"),
        ("s.yaml", 24, 11, "warning", "too-many-words", "text.ru has 65 words; keep it to 60 or fewer")]


def test_links_that_are_not_deep_links_or_lead_nowhere_are_errors_naming_the_link(tiny_dir: Path) -> None:
    cards = (_card(1, "Person/Yezhov") + _card(2, "person/nobody") + _card(3, "numbers/nowhere")
             + _card(4, "event/yezhov-appointed") + _card(5, "numbers/great-terror"))
    found = _problems(tiny_dir, "s.yaml", "stories:\n" + _story("links", cards))
    assert found == [
        ("s.yaml", 8, 15, "error", "bad-link", "open 'Person/Yezhov' is not a deep link such as person/yezhov, "
         "event/kirov-murder, trial/<id>, list/<id>, body/<id>, numbers/<section>, term/<id> or story/<id>"),
        ("s.yaml", 10, 9, "error", "unknown-link",
         "this card of story 'links' opens 'person/nobody', but there is no person 'nobody' in the data"),
        ("s.yaml", 14, 9, "error", "unknown-link",
         "this card of story 'links' opens 'numbers/nowhere', but the Numbers view has no section 'nowhere' "
         "(sections: by-year, congress-1934, great-terror, lists, military, more, operations)"),
    ]
    story = load_dataset(tiny_dir).story("links")
    assert [c.link for c in story.cards] == ["", "", "", "event/yezhov-appointed", "numbers/great-terror"], \
        "a dangling link is dropped, the card kept"


def test_a_card_without_open_is_an_error(tiny_dir: Path) -> None:
    cards = "".join(_card(n) for n in range(1, 5)) + "      - {title: {en: T, ru: Т}, text: {en: X, ru: Х}, " \
        "sources: [wp-en-nikolai-yezhov]}\n"
    found = _problems(tiny_dir, "s.yaml", "stories:\n" + _story("noopen", cards))
    assert found == [("s.yaml", 22, 9, "error", "missing-field",
                      "card 5 has no 'open': the deep link it opens, e.g. open: person/yezhov")]


def test_unknown_sources_and_duplicate_ids_are_errors(tiny_dir: Path) -> None:
    cards = "".join(_card(n) for n in range(1, 6)).replace("[wp-en-nikolai-yezhov]", "[no-such-source]", 1)
    text = "stories:\n" + _story("twice", cards) + _story("twice", "".join(_card(n) for n in range(1, 6)))
    text += ("terms:\n  - id: nkvd\n    term: {en: NKVD again, ru: НКВД}\n    definition: {en: Again., ru: Снова.}\n"
             "    sources: [wp-en-nikolai-yezhov]\n")
    (tiny_dir / "a-glossary.yaml").write_text("terms:\n  - id: nkvd\n    term: {en: NKVD, ru: НКВД}\n"
                                              "    definition: {en: First., ru: Первое.}\n"
                                              "    sources: [wp-en-nikolai-yezhov]\n", encoding="utf-8")
    found = _problems(tiny_dir, "s.yaml", text)
    assert ("s.yaml", 6, 9, "error", "unknown-reference", "a citation refers to unknown source 'no-such-source'") \
        in found
    assert ("s.yaml", 26, 5, "error", "duplicate-id",
            "duplicate story id 'twice' (first defined at s.yaml:2:5); this record is skipped") in found
    assert ("s.yaml", 51, 5, "error", "duplicate-id",
            "duplicate term id 'nkvd' (first defined at a-glossary.yaml:2:5); this record is skipped") in found
    ds = load_dataset(tiny_dir)
    assert ds.term("nkvd").definition.get("en") == "First."


def test_a_missing_language_is_a_warning(tiny_dir: Path) -> None:
    text = ("terms:\n  - id: troika\n    term: {en: troika}\n    definition: {en: A commission of three.}\n"
            "    sources: [wp-en-nikolai-yezhov]\n")
    found = _problems(tiny_dir, "g.yaml", text)
    assert found == [
        ("g.yaml", 3, 11, "warning", "missing-language",
         "term has no Russian text (ru); visitors reading Russian see the English"),
        ("g.yaml", 4, 17, "warning", "missing-language",
         "definition has no Russian text (ru); visitors reading Russian see the English")]


def test_term_mistakes_are_reported_where_they_are(tiny_dir: Path) -> None:
    long_def = " ".join(["word"] * 70)
    text = ("terms:\n"
            "  - id: troika\n"
            "    term: {en: troika, ru: тройка}\n"
            f"    definition: {{en: {long_def}, ru: Комиссия.}}\n"
            "    see: [body/nkvd, body/gpu, not a link]\n"
            "    forms: {en: [troikas], de: [Troika]}\n"
            "    sources: [wp-en-nikolai-yezhov]\n"
            "  - id: no-definition\n"
            "    term: {en: X, ru: Х}\n"
            "    sources: [wp-en-nikolai-yezhov]\n"
            "  - id: twin\n"
            "    term: {en: troikas, ru: тройки}\n"
            "    definition: {en: Shares a form., ru: Делит форму.}\n"
            "    sources: [wp-en-nikolai-yezhov]\n")
    found = _problems(tiny_dir, "g.yaml", text)
    assert found == [
        ("g.yaml", 2, 5, "error", "unknown-link",
         "see of term 'troika' links to 'body/gpu', but there is no body 'gpu' in the data"),
        ("g.yaml", 4, 17, "warning", "too-many-words", "definition.en has 70 words; keep it to 60 or fewer"),
        ("g.yaml", 5, 32, "error", "bad-link", "see 'not a link' is not a deep link such as person/yezhov, "
         "event/kirov-murder, trial/<id>, list/<id>, body/<id>, numbers/<section>, term/<id> or story/<id>"),
        ("g.yaml", 6, 28, "warning", "unknown-key", "unknown key 'de' in forms; did you mean 'en'?"),
        ("g.yaml", 8, 5, "error", "missing-field", "term has no 'definition'; the record is skipped"),
        ("g.yaml", 11, 5, "warning", "shared-form",
         "'troikas' (en) is a form of term 'troika' and of term 'twin'; in page text it links to 'troika' only"),
    ]
    ds = load_dataset(tiny_dir)
    assert ds.term("troika").see == ("body/nkvd",) and ds.term("no-definition") is None
    assert not [p for p in ds.problems if p.severity is Severity.ERROR and p.origin.file != "g.yaml"]
