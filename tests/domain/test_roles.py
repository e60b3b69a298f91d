"""Who did what: a person's part in carrying out the repression, derived from the bundled data."""

from __future__ import annotations

import pytest

from purges_desktop import locations
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.roles import RepressionRoleKind as K
from purges_desktop.domain.roles import is_perpetrator, perpetrator_index, perpetrator_roles
from purges_desktop.storage.loader import load_dataset


@pytest.fixture(scope="module")
def ds():
    return load_dataset(locations.data_dir())


def kinds(ds, person: str) -> list[K]:
    return [r.kind for r in perpetrator_roles(ds, person)]


def test_the_nkvd_chiefs_of_the_great_terror(ds) -> None:
    yezhov = {r.kind: r for r in perpetrator_roles(ds, "yezhov")}
    chief = yezhov[K.POLICE_CHIEF]
    assert (chief.start, chief.end, chief.bodies) == (PartialDate(1936, 9, 26), PartialDate(1938, 11, 25), ("nkvd",))
    assert K.LIST_SIGNATORY in yezhov  # he signed some of the lists himself
    assert kinds(ds, "yagoda") == [K.POLICE_OFFICER, K.POLICE_CHIEF]  # OGPU deputy first, then chief
    yagoda_chief = perpetrator_roles(ds, "yagoda")[1]
    assert yagoda_chief.bodies == ("ogpu", "nkvd") and yagoda_chief.end == PartialDate(1936, 9, 26)
    beria = {r.kind: r for r in perpetrator_roles(ds, "beria")}
    assert beria[K.POLICE_OFFICER].start == PartialDate(1938, 8, 22)  # Yezhov's first deputy before he took over
    assert beria[K.POLICE_CHIEF].bodies == ("nkvd", "mvd")


def test_the_judge_of_the_moscow_trials(ds) -> None:
    (judge,) = perpetrator_roles(ds, "ulrikh")
    assert judge.kind is K.JUDGE
    assert judge.bodies == ("military-collegium",)
    assert {"trial-1936", "trial-1937", "trial-1938"} <= set(judge.trials)
    assert judge.start == PartialDate(1926, 2)  # chairman of the Military Collegium from February 1926


def test_vyshinsky_judged_before_he_prosecuted(ds) -> None:
    judge, prosecutor = perpetrator_roles(ds, "vyshinsky")
    assert judge.kind is K.JUDGE and judge.trials == ("trial-shakhty", "trial-industrial-party")
    assert prosecutor.kind is K.PROSECUTOR and prosecutor.bodies == ("procuracy",)
    assert {"trial-1936", "trial-1937", "trial-1938"} <= set(prosecutor.trials)
    assert prosecutor.end == PartialDate(1939, 5, 31)


def test_molotov_and_stalin_signed_the_shooting_lists(ds) -> None:
    (molotov,) = perpetrator_roles(ds, "molotov")
    assert molotov.kind is K.LIST_SIGNATORY
    assert len(molotov.lists) == len(ds.lists_signed_by("molotov")) > 300
    assert molotov.start is not None and molotov.start.year == 1937
    assert kinds(ds, "stalin") == [K.LIST_SIGNATORY]


def test_victims_have_no_role(ds) -> None:
    for victim in ("bukharin", "zinoviev", "kamenev", "rykov", "tukhachevsky"):
        assert perpetrator_roles(ds, victim) == (), victim
        assert not is_perpetrator(ds, victim)
    assert perpetrator_roles(ds, "nobody-at-all") == ()


def test_a_post_outside_police_and_courts_is_no_role(ds) -> None:
    # Voroshilov was Commissar of Defence (a military body): that post alone gives no role; his signatures do.
    assert kinds(ds, "voroshilov") == [K.LIST_SIGNATORY]


def test_submitting_lists_counts(ds) -> None:
    agranov = {r.kind: r for r in perpetrator_roles(ds, "agranov")}
    assert set(agranov) == {K.POLICE_OFFICER, K.LIST_COMPILER}
    assert all(any(c.person == "agranov" for c in ds.shooting_lists[i].compiled_by)
               for i in agranov[K.LIST_COMPILER].lists)


def test_the_index_agrees_with_the_single_query(ds) -> None:
    index = perpetrator_index(ds)
    assert {"yezhov", "yagoda", "beria", "ulrikh", "vyshinsky", "molotov"} <= set(index)
    assert "bukharin" not in index
    for person in ds.records.people:
        assert index.get(person.id, ()) == perpetrator_roles(ds, person.id), person.id
