"""The collector is paused while views take in data, and the loaded data is kept out of its later walks."""

from __future__ import annotations

import gc

import pytest

from purges_desktop.application.memory import collector_paused, settle_loaded_data


def test_the_collector_is_paused_in_the_block_and_restored_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a collector the caller had paused stays paused
    finally:
        gc.enable()


def test_settling_freezes_what_is_alive_and_a_new_load_releases_the_old_freeze() -> None:
    try:
        data = [[i] for i in range(10_000)]
        settle_loaded_data()
        first = gc.get_freeze_count()
        assert first >= len(data)
        del data
        settle_loaded_data()  # unfreeze, then freeze what is alive now: the dropped lists are not counted
        assert gc.get_freeze_count() < first
    finally:
        gc.unfreeze()


def test_a_freezing_pause_keeps_what_the_block_made_out_of_the_next_collection() -> None:
    gc.unfreeze()
    try:
        with collector_paused(freeze=True):
            data = [[i] for i in range(10_000)]
        assert gc.get_freeze_count() >= len(data)
        assert gc.isenabled()
        with pytest.raises(RuntimeError), collector_paused(freeze=True):
            raise RuntimeError
    finally:
        gc.unfreeze()


def test_a_pause_without_freeze_freezes_nothing() -> None:
    gc.unfreeze()
    with collector_paused():
        data = [[i] for i in range(1_000)]
    assert gc.get_freeze_count() == 0
    assert len(data) == 1_000
