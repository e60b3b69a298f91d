"""Every model passes Qt's model tester, sorts inside the model, and filters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from purges_desktop.qtmodels.events_model import EventsTableModel
from purges_desktop.qtmodels.people_model import NAME, POST, PeopleTableModel
from purges_desktop.qtmodels.problems_model import ProblemsTableModel
from purges_desktop.qtmodels.roles import IdRole
from purges_desktop.qtmodels.trials_model import TrialsTableModel
from purges_desktop.storage.loader import load_dataset


def test_people_model(qtmodeltester, tiny_dataset) -> None:
    model = PeopleTableModel()
    qtmodeltester.check(model)
    model.set_dataset(tiny_dataset, "en")
    qtmodeltester.check(model)
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Lavrentiy Beria", "Lev Kamenev", "Genrikh Yagoda", "Nikolai Yezhov", "Grigory Zinoviev"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data(IdRole) == "beria"
    model.set_filter({"yezhov"})
    assert model.rowCount() == 1 and model.total() == 5
    model.set_language("ru")
    assert model.index(0, 0).data() == "Николай Иванович Ежов"
    assert model.index(0, 1).data() == "1 мая 1895"
    qtmodeltester.check(model)


def test_other_models(qtmodeltester, tiny_dataset) -> None:
    trials = TrialsTableModel()
    trials.set_dataset(tiny_dataset, "en")
    qtmodeltester.check(trials)
    assert [trials.index(0, c).data() for c in range(6)] == [
        "First Moscow Trial", "1936", "Military Collegium of the Supreme Court", "in public", "2", "2"]
    events = EventsTableModel()
    events.set_dataset(tiny_dataset, "en")
    qtmodeltester.check(events)
    assert events.index(0, 0).data() == "24 August 1936"
    problems = ProblemsTableModel()
    problems.set_problems(tiny_dataset.problems)
    qtmodeltester.check(problems)


def test_a_small_filter_result_keeps_the_sort_order_of_a_full_pass(tmp_path) -> None:
    """Small results are ordered by rank, large ones by a pass over every row: both show the same order."""
    repo = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(repo / "benchmarks" / "generate.py"), "--people", "400", "--out",
                    str(tmp_path / "d")], check=True, capture_output=True)
    ds = load_dataset(tmp_path / "d")
    model = PeopleTableModel()
    model.set_dataset(ds, "en")
    for column, order in ((NAME, Qt.SortOrder.AscendingOrder), (1, Qt.SortOrder.DescendingOrder)):
        model.sort(column, order)
        everyone = [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]
        small = set(everyone[::37])  # 11 of 400: ordered by rank
        large = set(everyone[::2])  # 200 of 400: one pass
        for keep in (small, large):
            model.set_filter(keep)
            shown = [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]
            assert shown == [pid for pid in everyone if pid in keep]
            assert all(model.row_of(pid) == shown.index(pid) for pid in list(keep)[:5])
        model.set_filter({"no-such-person", everyone[5]})
        assert [model.index(r, 0).data(IdRole) for r in range(model.rowCount())] == [everyone[5]]
        model.set_filter(None)
        assert model.row_of(everyone[7]) == 7


def test_highest_posts_worked_out_with_the_data_match_the_model_s_own(tiny_dataset) -> None:
    from purges_desktop.domain.queries import highest_posts

    own, given = PeopleTableModel(), PeopleTableModel()
    own.set_dataset(tiny_dataset, "en")
    given.set_dataset(tiny_dataset, "en", highest_posts(tiny_dataset))
    column = [[m.index(r, POST).data() for r in range(m.rowCount())] for m in (own, given)]
    assert column[0] == column[1] and any(column[0])


def test_column_titles_are_also_tooltips(tiny_dataset) -> None:
    """At kiosk size a narrow column's title is elided; its tooltip still gives it whole."""
    people, trials = PeopleTableModel(), TrialsTableModel()
    trials.set_dataset(tiny_dataset, "en")
    for model in (people, trials):
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            assert title and model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == title
