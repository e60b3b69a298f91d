"""``main.py cite`` and ``main.py pdf`` as a user runs them: a separate process, real files."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

#: English month names (strftime's %B follows the C locale, which Qt sets from the environment).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
REPO = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, check=False, env=env)


def _date_files(folder: Path, day: dt.date) -> None:
    """Give every data file the modification time of noon on ``day`` (the dataset's date in a citation)."""
    stamp = time.mktime(dt.datetime(day.year, day.month, day.day, 12).timetuple())
    for path in folder.rglob("*.yaml"):
        os.utime(path, (stamp, stamp))


def test_cite_prints_the_citation_of_a_page(tiny_dir: Path) -> None:
    _date_files(tiny_dir, dt.date(2026, 9, 1))
    today = dt.date.today()
    proc = _run("cite", "person/yezhov", "--data", str(tiny_dir))
    assert proc.returncode == 0, proc.stderr
    accessed = f"{MONTHS[today.month - 1]} {today.day}, {today.year}"
    assert proc.stdout == ('"Nikolai Yezhov." Purges Desktop, version 0.1.0. Last modified September 1, 2026. '
                           f"Accessed {accessed}. purges:person/yezhov.\n")


def test_cite_in_gost_with_the_russian_title(tiny_dir: Path) -> None:
    _date_files(tiny_dir, dt.date(2026, 9, 1))
    proc = _run("cite", "purges:trial/trial-1936", "--style", "gost", "--lang", "ru", "--data", str(tiny_dir))
    assert proc.returncode == 0, proc.stderr
    today = dt.date.today()
    assert proc.stdout == ("Процесс антисоветского объединённого троцкистско-зиновьевского центра // Purges Desktop : "
                           "версия 0.1.0. – Дата обновления: 01.09.2026. – URL: purges:trial/trial-1936 "
                           f"(дата обращения: {today:%d.%m.%Y}).\n")


@pytest.mark.parametrize(("link", "message"), [
    ("http://example.org/x", "is not a deep link of this app"),
    ("person/Bukharin", "is not a deep link of this app"),
    ("person/bukharin", "person/bukharin: no such record in"),
    ("numbers/nowhere", "numbers/nowhere: no such record in"),
])
def test_cite_exits_2_for_a_foreign_link_or_a_missing_record(tiny_dir: Path, link: str, message: str) -> None:
    proc = _run("cite", link, "--data", str(tiny_dir))
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr


def test_cite_the_bundled_data() -> None:
    proc = _run("cite", "person/bukharin", "--style", "mla")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith('"Nikolai Bukharin." Purges Desktop, version 0.1.0, ')
    assert f", purges:person/bukharin. Accessed {dt.date.today().day} " in proc.stdout


def test_pdf_writes_the_page_with_its_citation(tiny_dir: Path, tmp_path: Path) -> None:
    from tests.pdftext import pdf_text

    _date_files(tiny_dir, dt.date(2026, 9, 1))
    out = tmp_path / "yezhov.pdf"
    proc = _run("pdf", "person/yezhov", "--out", str(out), "--lang", "ru", "--data", str(tiny_dir))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out)
    content = out.read_bytes()
    assert content.startswith(b"%PDF")
    text = pdf_text(content)
    assert text.startswith("Николай Иванович Ежов")
    assert ("Как цитировать эту страницу: Николай Иванович Ежов // Purges Desktop : версия 0.1.0. – Дата "
            "обновления: 01.09.2026.") in text


@pytest.mark.parametrize(("link", "message"), [
    ("file:///etc/passwd", "is not a deep link of this app"),
    ("trial/nope", "trial/nope: no such record in"),
])
def test_pdf_exits_2_for_a_foreign_link_or_a_missing_record(tiny_dir: Path, tmp_path: Path, link: str,
                                                            message: str) -> None:
    out = tmp_path / "x.pdf"
    proc = _run("pdf", link, "--out", str(out), "--data", str(tiny_dir))
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_cite_a_source_of_the_bibliography(tiny_dir: Path) -> None:
    proc = _run("cite", "--source", "wp-en-nikolai-yezhov", "--style", "apa", "--data", str(tiny_dir))
    assert proc.returncode == 0, proc.stderr
    today = dt.date.today()
    retrieved = f"{MONTHS[today.month - 1]} {today.day}, {today.year}"
    assert proc.stdout == (f"Nikolai Yezhov. (n.d.). Wikipedia. Retrieved {retrieved}, "
                           "from https://en.wikipedia.org/wiki/Nikolai_Yezhov\n")


@pytest.mark.parametrize(("args", "message"), [
    (("--source", "nope"), "no source 'nope' in"),
    ((), "give a deep link (person/<id> …) or --source ID"),
])
def test_cite_without_a_link_or_with_an_unknown_source_exits_2(tiny_dir: Path, args: tuple[str, ...],
                                                              message: str) -> None:
    proc = _run("cite", *args, "--data", str(tiny_dir))
    assert proc.returncode == 2
    assert message in proc.stderr


def test_bibliography_prints_bibtex_or_writes_ris(tiny_dir: Path, tmp_path: Path) -> None:
    import rispy

    proc = _run("bibliography", "--data", str(tiny_dir))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("% Bibliography of Purges Desktop (UTF-8)\n\n@")
    out = tmp_path / "refs.ris"
    proc = _run("bibliography", "--format", "ris", "--data", str(tiny_dir), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    records = rispy.loads(out.read_text(encoding="utf-8"))
    assert records and all(r["title"] for r in records)
    assert f"{len(records)} sources written to {out}" in proc.stderr
    assert _run("bibliography", "--out", str(tmp_path / "no" / "such" / "folder.bib")).returncode == 2
    assert _run("bibliography", "--data", str(tmp_path / "nothing-here")).returncode == 2
