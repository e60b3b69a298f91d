"""Shooting lists: the Dataset's indexes and the queries of the Numbers view and the list pages."""

from __future__ import annotations

from purges_desktop.domain.dataset import Dataset, Records
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.lists import (
    CategoryCounts,
    Compiler,
    ListEntry,
    ListMatch,
    ListPart,
    ShootingList,
    category_totals,
    lists_by_date,
    signature_totals,
    undated_lists,
)
from purges_desktop.domain.model import LifeEvent, Person
from purges_desktop.domain.problems import Origin
from purges_desktop.domain.text import LocalizedText
from purges_desktop.domain.validation import RawRecords, check


def _list(n: int, date: str | None, signed: tuple[str, ...], *parts: tuple[int, int, int],
          volume: int = 4) -> ShootingList:
    return ShootingList(
        id=f"list-{n}", memorial_id=n, title=LocalizedText.of(f"List {n}", f"Список {n}"),
        date=PartialDate.parse(date) if date else None, volume=volume, signed_by=signed,
        parts=tuple(ListPart(i, LocalizedText.of(f"Part {i}"), CategoryCounts(*c)) for i, c in enumerate(parts, 1)),
        origin=Origin("lists.yaml", n, 5))


def _person(pid: str, died: str | None = None) -> Person:
    return Person(pid, LocalizedText.of(pid.title()), died=LifeEvent(PartialDate.parse(died) if died else None),
                  origin=Origin("people.yaml", 1, 5))


PEOPLE = tuple(_person(p) for p in ("stalin", "molotov", "zhdanov", "rykov", "bukharin"))
LISTS = (
    _list(3, "1937-11-01?", ("molotov", "stalin"), (45, 0, 0), (10, 2, 1)),
    _list(1, "1937-02-27", ("stalin", "molotov", "zhdanov"), (5, 3, 0)),
    _list(2, "1937-11-01", ("molotov",), (1, 1, 0)),
    _list(9, None, ("molotov",), (150, 0, 0)),
)
ENTRIES = (
    ListEntry("rykov", "list-3", 1, "РЫКОВ Алексей Иванович", struck=True),
    ListEntry("bukharin", "list-3", 1, struck=True),
    ListEntry("rykov", "list-1", 2, match=ListMatch.PROBABLE),
)


def _ds() -> Dataset:
    return Dataset(Records(people=PEOPLE, shooting_lists=LISTS, list_entries=ENTRIES))


def test_lists_are_indexed_in_date_order_with_undated_last() -> None:
    ds = _ds()
    assert list(ds.shooting_lists) == ["list-1", "list-2", "list-3", "list-9"]
    assert [sl.id for sl in ds.lists_signed_by("molotov")] == ["list-1", "list-2", "list-3", "list-9"]
    assert [sl.id for sl in ds.lists_signed_by("zhdanov")] == ["list-1"]
    assert ds.lists_signed_by("rykov") == []


def test_entries_by_person_follow_the_lists_dates_and_by_list_the_data_order() -> None:
    ds = _ds()
    assert [(e.list, e.category) for e in ds.list_entries_of("rykov")] == [("list-1", 2), ("list-3", 1)]
    assert [e.person for e in ds.entries_on("list-3")] == ["rykov", "bukharin"]
    assert ds.entries_on("list-2") == [] and ds.list_entries_of("stalin") == []


def test_signature_totals_count_lists_per_signer_most_first() -> None:
    assert signature_totals(_ds()) == [("molotov", 4), ("stalin", 2), ("zhdanov", 1)]


def test_category_totals_sum_every_part_of_every_list() -> None:
    totals = category_totals(_ds())
    assert totals == CategoryCounts(211, 6, 1)
    assert totals.total == 218
    assert _ds().shooting_lists["list-3"].counts == CategoryCounts(55, 2, 1)


def test_lists_by_date_groups_a_day_whether_or_not_it_is_certain() -> None:
    days = lists_by_date(_ds())
    assert [(d.iso(), [sl.id for sl in lists]) for d, lists in days] == [
        ("1937-02-27", ["list-1"]), ("1937-11-01", ["list-2", "list-3"])]
    assert [sl.id for sl in undated_lists(_ds())] == ["list-9"]


def _check(*, people=PEOPLE, lists=LISTS, entries=ENTRIES):
    return check(RawRecords(people=tuple(people), shooting_lists=tuple(lists), list_entries=tuple(entries)))


def test_unknown_signers_compilers_people_and_lists_are_errors_and_dropped() -> None:
    bad_list = ShootingList("list-5", 5, LocalizedText.of("L"), PartialDate.parse("1937-05-05"), 2,
                            signed_by=("stalin", "nobody"), compiled_by=(Compiler("Никто", "ghost"),),
                            origin=Origin("l.yaml", 3, 5))
    records, problems = _check(lists=(*LISTS, bad_list), entries=(
        *ENTRIES, ListEntry("ghost", "list-1", 1, origin=Origin("e.yaml", 9, 5)),
        ListEntry("rykov", "list-404", 1, origin=Origin("e.yaml", 12, 5))))
    found = [(p.origin.line, p.code, p.message) for p in problems]
    assert (3, "unknown-reference", "signed_by of shooting list 'list-5' refers to unknown person 'nobody'") in found
    assert (3, "unknown-reference", "compiled_by of shooting list 'list-5' refers to unknown person 'ghost'") in found
    assert (9, "unknown-reference", "a list entry refers to unknown person 'ghost'") in found
    assert (12, "unknown-reference", "a list entry refers to unknown shooting list 'list-404'") in found
    kept = {sl.id: sl for sl in records.shooting_lists}["list-5"]
    assert kept.signed_by == ("stalin",) and kept.compiled_by == (Compiler("Никто", ""),)
    assert len(records.list_entries) == len(ENTRIES)


def test_a_duplicate_entry_is_an_error_and_skipped() -> None:
    twice = ListEntry("rykov", "list-3", 1, origin=Origin("e.yaml", 20, 5))
    records, problems = _check(entries=(*ENTRIES, twice))
    assert [(p.code, p.origin.line) for p in problems] == [("duplicate-entry", 20)]
    assert len(records.list_entries) == len(ENTRIES)


def test_negative_counts_are_errors_and_read_as_zero() -> None:
    records, problems = _check(lists=(_list(7, "1937-06-01", (), (-3, 2, 0)),), entries=())
    assert [p.code for p in problems] == ["negative-count"]
    assert records.shooting_lists[0].counts == CategoryCounts(0, 2, 0)


def test_a_date_outside_1937_38_in_a_terror_volume_is_a_warning() -> None:
    _records, problems = _check(lists=(_list(8, "1939-01-10", (), (1, 0, 0), volume=3),
                                       _list(407, "1940-01-16", (), volume=12)), entries=())
    assert [(p.code, p.severity.value, p.origin.line) for p in problems] == [
        ("list-date-outside-volume", "warning", 8)]


def test_an_entry_after_the_persons_death_is_a_warning() -> None:
    people = (*PEOPLE[:3], _person("rykov", "1937-03-15"), PEOPLE[4])
    _records, problems = _check(people=people)
    assert [(p.code, p.severity.value) for p in problems] == [("entry-after-death", "warning")]
    assert "list-3" in problems[0].message


def test_an_entry_in_a_category_the_list_does_not_count_is_a_warning() -> None:
    _records, problems = _check(entries=(ListEntry("rykov", "list-1", 3, origin=Origin("e.yaml", 4, 5)),))
    assert [(p.code, p.origin.line) for p in problems] == [("entry-category", 4)]


def test_the_kiosk_drops_a_hidden_persons_list_entries_but_keeps_the_list() -> None:
    from dataclasses import replace

    from purges_desktop.domain.queries import without_hidden

    people = tuple(replace(p, hide_in_kiosk=p.id in {"rykov", "zhdanov"}) for p in PEOPLE)
    ds = without_hidden(Dataset(Records(people=people, shooting_lists=LISTS, list_entries=ENTRIES)))
    assert [e.person for e in ds.entries_on("list-3")] == ["bukharin"]
    assert ds.list_entries_of("rykov") == []
    assert ds.shooting_lists["list-1"].signed_by == ("stalin", "molotov")
    assert ds.shooting_lists["list-1"].counts == CategoryCounts(5, 3, 0)


def test_entries_are_grouped_by_the_part_their_section_names() -> None:
    from purges_desktop.domain.lists import entries_by_part, entry_part

    sl = ShootingList("list-92", 92, LocalizedText.of("L"), PartialDate.parse("1937-11-01"), 4, parts=(
        ListPart(1, LocalizedText.of("I", "I Быв.члены и кандидаты ЦК ВКП(б)"), CategoryCounts(45)),
        ListPart(2, LocalizedText.of("IV", "IV Быв.Наркомы,Зам.Наркомов и Пред.Обл.исполклмов"), CategoryCounts(26))))
    entries = (
        ListEntry("rykov", "list-92", 1, section="IV Быв.Наркомы,Зам.Наркомов и Пред.Обл.исполкомов"),  # a slip
        ListEntry("bukharin", "list-92", 1, section="I  Быв.члены и кандидаты ЦК ВКП(б) — подраздел"),
        ListEntry("stalin", "list-92", 1, section="Москва-центр"),
        ListEntry("molotov", "list-92", 1))
    ds = Dataset(Records(people=PEOPLE, shooting_lists=(sl,), list_entries=entries))
    assert entry_part(ds, entries[0]) is sl.parts[1]
    assert entry_part(ds, entries[2]) is None and entry_part(ds, entries[3]) is None
    assert [(p.number if p else None, [e.person for e in es]) for p, es in entries_by_part(ds, "list-92")] == [
        (1, ["bukharin"]), (2, ["rykov"]), (None, ["stalin", "molotov"])]
