"""What the dataset says about itself: the charted organs and their order, the weight of posts, the police line,
the cohort a published figure counts, the key dates. A dataset that says none of it still works."""

from __future__ import annotations

from dataclasses import replace

from purges_desktop.domain.dataset import Dataset, Records
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.model import (
    Body,
    BodyKind,
    Category,
    Cohort,
    Event,
    Figure,
    Membership,
    Person,
    Role,
)
from purges_desktop.domain.queries import (
    chart_bodies,
    chart_on,
    cohort_figure,
    highest_post,
    highest_posts,
    key_dates,
    key_day,
    police_chiefs,
    police_line,
)
from purges_desktop.domain.text import LocalizedText


def _text(value: str) -> LocalizedText:
    return LocalizedText((("en", value),))


def _date(value: str) -> PartialDate:
    return PartialDate.parse(value)


def _body(bid: str, kind: BodyKind = BodyKind.PARTY, **kw: object) -> Body:
    return Body(bid, _text(bid.upper()), kind, **kw)  # type: ignore[arg-type]


def _post(person: str, body: str, role: Role = Role.MEMBER, start: str = "1930", **kw: object) -> Membership:
    return Membership(person, body, role, start=_date(start), **kw)  # type: ignore[arg-type]


PEOPLE = (Person("ann", _text("Ann A")), Person("bob", _text("Bob B")))
POSTS = (_post("ann", "bureau"), _post("ann", "committee", Role.HEAD), _post("bob", "committee"),
         _post("bob", "cheka", Role.HEAD, "1917-12-20", end=_date("1922-02-06")),
         _post("ann", "ogpu", Role.HEAD, "1923-11-15", end=_date("1934-07-10")))


def _ds(*bodies: Body, events: tuple[Event, ...] = (), figures: tuple[Figure, ...] = (),
        posts: tuple[Membership, ...] = POSTS) -> Dataset:
    return Dataset(Records(people=PEOPLE, bodies=bodies, memberships=posts, events=events, figures=figures))


PLAIN = (_body("committee"), _body("bureau"), _body("ogpu", BodyKind.POLICE, start=_date("1923-11-15")),
         _body("cheka", BodyKind.POLICE, start=_date("1917-12-20")))


def test_the_chart_shows_the_charted_bodies_in_the_data_s_order() -> None:
    ds = _ds(_body("committee", chart=30), _body("bureau", chart=10), _body("ogpu", BodyKind.POLICE, chart=20),
             _body("cheka", BodyKind.POLICE))
    assert [b.id for b in chart_bodies(ds)] == ["bureau", "ogpu", "committee"]  # cheka is not charted
    assert [body for body, _ in chart_on(ds, (1931, 1, 1))] == ["bureau", "ogpu", "committee"]


def test_a_dataset_that_charts_no_body_charts_them_all_in_file_order() -> None:
    ds = _ds(*PLAIN)
    assert [b.id for b in chart_bodies(ds)] == ["committee", "bureau", "ogpu", "cheka"]
    assert [body for body, _ in chart_on(ds, (1931, 1, 1))] == ["committee", "bureau", "ogpu"]


def test_the_holders_of_an_organ_are_listed_head_first() -> None:
    ds = _ds(*PLAIN)
    committee = dict(chart_on(ds, (1931, 1, 1)))["committee"]
    assert [(m.person, m.role) for m in committee] == [("ann", Role.HEAD), ("bob", Role.MEMBER)]


def test_ranks_in_the_data_decide_the_highest_post() -> None:
    # Without ranks, the role decides: Bob's headship of the Cheka outweighs his seat on the committee.
    assert highest_post(_ds(*PLAIN), "bob").body == "cheka"  # type: ignore[union-attr]
    ranked = _ds(_body("committee", rank=0), *PLAIN[1:3], _body("cheka", BodyKind.POLICE, rank=4))
    assert highest_post(ranked, "bob").body == "committee"  # type: ignore[union-attr]
    assert highest_posts(ranked)["bob"].body == "committee"
    # A ranked body outweighs any unranked one, whatever the role.
    only_one = _ds(_body("committee", rank=9), *PLAIN[1:])
    assert highest_post(only_one, "bob").body == "committee"  # type: ignore[union-attr]


def test_the_police_line_is_every_police_body_in_order_of_foundation() -> None:
    ds = _ds(*PLAIN)
    assert police_line(ds) == ("cheka", "ogpu")
    assert [(m.person, m.body) for m in police_chiefs(ds)] == [("bob", "cheka"), ("ann", "ogpu")]


def test_the_cohort_summary_follows_the_figure_that_names_its_cohort() -> None:
    figure = Figure("shot", _text("Shot"), 1, _text("members shot"))
    elected = (*POSTS, _post("bob", "committee", start="1934-02-10", cohort="congress-17"))
    assert cohort_figure(_ds(*PLAIN, figures=(figure,), posts=elected)) is None  # no cohort named
    counted = replace(figure, cohort=Cohort("committee", "congress-17"))
    assert cohort_figure(_ds(*PLAIN, figures=(figure, counted), posts=elected)) == counted
    assert cohort_figure(_ds(*PLAIN, figures=(counted,))) is None  # nobody of the cohort in the data


def test_key_dates_are_the_flagged_events_in_date_order() -> None:
    def event(eid: str, date: str, **kw: object) -> Event:
        return Event(eid, _date(date), Category.PARTY, _text(eid), **kw)  # type: ignore[arg-type]

    congress = event("congress", "1934-01-26", end=_date("1934-02-10"), key_date=True)
    murder = event("murder", "1934-12-01", key_date=True)
    ds = _ds(*PLAIN, events=(murder, event("other", "1930-01-01"), congress))
    assert key_dates(ds) == [congress, murder]
    assert key_day(congress) == (1934, 2, 10)  # a congress is shown once it has elected its organs
    assert key_day(murder) == (1934, 12, 1)
    assert key_dates(_ds(*PLAIN)) == []
