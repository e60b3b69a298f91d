"""Storage hands the checks typed records: every section has its field, and a record of the wrong class is a bug."""

from __future__ import annotations

from dataclasses import fields

import pytest

from purges_desktop.domain.dataset import Records
from purges_desktop.domain.model import Person
from purges_desktop.domain.text import LocalizedText
from purges_desktop.domain.validation import RawRecords
from purges_desktop.storage.loader import raw_records
from purges_desktop.storage.records import SECTIONS


def test_every_section_reaches_the_checks_and_the_dataset() -> None:
    """A new section must be added to RawRecords and Records too, or its records would be silently dropped."""
    assert set(SECTIONS) == {f.name for f in fields(RawRecords)} == {f.name for f in fields(Records)}


def test_records_are_passed_on_by_section() -> None:
    person = Person(id="p", name=LocalizedText.of("P"))
    assert raw_records({"people": [person]}) == RawRecords(people=(person,))


def test_a_record_in_the_wrong_section_is_a_bug_not_a_silent_loss() -> None:
    with pytest.raises(TypeError, match="section 'bodies' holds a Person"):
        raw_records({"bodies": [Person(id="p", name=LocalizedText.of("P"))]})
