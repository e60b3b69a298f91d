"""The term matcher: the first mention of each term in a page's text, whole words, longest form first, never
overlapping; Russian case forms as the curators list them. And the Dataset's stories and terms."""

from __future__ import annotations

from purges_desktop.domain.bibliography import CitingKind
from purges_desktop.domain.dataset import Dataset, Records
from purges_desktop.domain.glossary import Mention, Mentioned, TermMatcher, split_mentions
from purges_desktop.domain.links import Kind, Location
from purges_desktop.domain.model import SourceRef, Story, StoryCard, Term
from purges_desktop.domain.text import LocalizedText

NKVD = Term("nkvd", LocalizedText.of("NKVD", "НКВД"),
            forms_en=("People's Commissariat for Internal Affairs",),
            forms_ru=("Народный комиссариат внутренних дел", "Народного комиссариата внутренних дел"),
            definition=LocalizedText.of("The Soviet ministry of the police.", "Министерство полиции."))
TROIKA = Term("troika", LocalizedText.of("troika", "тройка"), forms_en=("troikas",),
              forms_ru=("тройки", "тройкой", "тройку", "тройке"), definition=LocalizedText.of("Three.", "Трое."))
NKVD_TROIKA = Term("nkvd-troika", LocalizedText.of("NKVD troika", "тройка НКВД"),
                   definition=LocalizedText.of("A troika of the NKVD.", "Тройка НКВД."))
CC = Term("central-committee", LocalizedText.of("Central Committee", "Центральный комитет"),
          definition=LocalizedText.of("The party's committee.", "Комитет партии."))
COMMITTEE = Term("committee", LocalizedText.of("Committee", "комитет"),
                 definition=LocalizedText.of("A body.", "Орган."))


def _found(matcher: TermMatcher, text: str, lang: str = "en", seen: Mentioned | None = None) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.term) for m in matcher.mentions(text, lang, seen)]


def test_only_the_first_mention_of_each_term_is_found() -> None:
    matcher = TermMatcher([NKVD, TROIKA])
    text = "The NKVD set up a troika. The NKVD troika sentenced; troikas sat across the NKVD."
    assert _found(matcher, text) == [("NKVD", "nkvd"), ("troika", "troika")]


def test_a_page_shares_what_it_has_found_across_its_texts() -> None:
    matcher = TermMatcher([NKVD, TROIKA])
    seen = Mentioned()
    assert _found(matcher, "Head of the NKVD.", seen=seen) == [("NKVD", "nkvd")]
    assert _found(matcher, "The NKVD and its troikas.", seen=seen) == [("troikas", "troika")]
    assert _found(matcher, "A troika, the NKVD.", seen=seen) == []
    assert seen.terms == {"nkvd", "troika"}


def test_mentions_are_whole_words_and_case_sensitive() -> None:
    matcher = TermMatcher([NKVD, TROIKA])
    assert _found(matcher, "NKVDs, nkvd, xNKVD and troikasx are not mentions; troika-led is.") == [
        ("troika", "troika")]
    assert _found(matcher, "(NKVD)") == [("NKVD", "nkvd")]


def test_russian_case_forms_count_and_cyrillic_words_are_whole() -> None:
    matcher = TermMatcher([NKVD, TROIKA])
    text = "Приговор вынесла тройкой НКВД; тройками назывались комиссии."
    assert _found(matcher, text, "ru") == [("тройкой", "troika"), ("НКВД", "nkvd")]
    assert _found(matcher, "Дела передавали тройке.", "ru") == [("тройке", "troika")]
    assert _found(matcher, "Тройками и тройкаx не считаются.", "ru") == []
    assert _found(matcher, "Сотрудник Народного комиссариата внутренних дел.", "ru") == [
        ("Народного комиссариата внутренних дел", "nkvd")]


def test_the_longest_form_wins_and_matches_never_overlap() -> None:
    matcher = TermMatcher([CC, COMMITTEE, NKVD, NKVD_TROIKA, TROIKA])
    assert _found(matcher, "The Central Committee met; the Committee voted.") == [
        ("Central Committee", "central-committee"), ("Committee", "committee")]
    assert _found(matcher, "An NKVD troika, then the NKVD, then a troika.") == [
        ("NKVD troika", "nkvd-troika"), ("NKVD", "nkvd"), ("troika", "troika")]
    assert _found(matcher, "People's Commissariat for Internal Affairs") == [
        ("People's Commissariat for Internal Affairs", "nkvd")]


def test_a_form_two_terms_share_belongs_to_the_first() -> None:
    twin = Term("twin", LocalizedText.of("troikas"), definition=LocalizedText.of("x"))
    assert _found(TermMatcher([TROIKA, twin]), "troikas") == [("troikas", "troika")]


def test_no_terms_no_mentions_and_the_forms_of_a_term() -> None:
    assert TermMatcher([]).mentions("NKVD", "en") == []
    assert TermMatcher([NKVD]).mentions("", "en") == []
    assert TermMatcher([NKVD]).mentions("NKVD", "de") == []
    assert NKVD.forms("en") == ("NKVD", "People's Commissariat for Internal Affairs")
    only_en = Term("x", LocalizedText.of("Gulag"), forms_ru=("ГУЛАГ",), definition=LocalizedText.of("x"))
    assert only_en.forms("ru") == ("ГУЛАГ",), "the English term is no Russian form"


def test_split_mentions_cuts_the_text_at_its_mentions() -> None:
    text = "a NKVD b troika"
    assert split_mentions(text, [Mention(2, 6, "nkvd"), Mention(9, 15, "troika")]) == [
        ("a ", ""), ("NKVD", "nkvd"), (" b ", ""), ("troika", "troika")]
    assert split_mentions("plain", []) == [("plain", "")]


def _card(link: str) -> StoryCard:
    return StoryCard(LocalizedText.of("T"), LocalizedText.of("X"), link, (SourceRef("src-card"),))


def test_the_dataset_orders_stories_and_terms_and_finds_them_by_id() -> None:
    late = Story("late", 5, LocalizedText.of("Late"), cards=(_card("person/a"),), sources=(SourceRef("src-story"),))
    first = Story("first", 1, LocalizedText.of("First"), cards=(_card("term/troika"),))
    ds = Dataset(Records(stories=(late, first), terms=(TROIKA, NKVD, CC)))
    assert [s.id for s in ds.stories] == ["first", "late"]
    assert [t.id for t in ds.terms] == ["central-committee", "nkvd", "troika"]
    assert ds.story("late") is late and ds.story("none") is None
    assert ds.term("nkvd") is NKVD and ds.term("none") is None
    assert [m.term for m in ds.term_matcher.mentions("A troika of the NKVD.", "en")] == ["troika", "nkvd"]
    assert [(c.what, c.where) for c in ds.citing("src-story")] == [(CitingKind.STORY, Location(Kind.STORY, "late"))]
    assert [c.record_id for c in ds.citing("src-card")] == ["late", "first"]
    troika_cited = Dataset(Records(terms=(Term("t", LocalizedText.of("t"), sources=(SourceRef("s"),)),)))
    assert [(c.what, c.where) for c in troika_cited.citing("s")] == [(CitingKind.TERM, Location(Kind.TERM, "t"))]
