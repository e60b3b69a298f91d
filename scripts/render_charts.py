"""Draw every chart widget of ``purges_desktop.views.charts`` to PNG (and SVG) on real data, to look at them.

For each language (en, ru) and size (1366x768 study mode; 1920x1080 with the kiosk's style sheet, large type and
touch targets) writes ``<chart>-<mode>-<lang>.png``. The figures come from the bundled dataset:

- year bars: ``data/statistics/repression_numbers.yaml`` (the MVD series 1921-1952, with the 1937-38 band);
- date bubbles: the people of the dataset who died in 1937-1938 on a known day, one circle per day, sized by how
  many, shot or other (these are the dataset's people, not historical totals: the Numbers tab will bring its own);
- mark grid: the 139 seats of the Central Committee elected in 1934, coloured by later fate (the 24 seats whose
  holder is not in the dataset yet are drawn as such);
- horizontal bars: the signatures on the execution lists (figure ``stalin-signed-lists``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_charts.py --out /tmp/charts
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLocale, QSize, QTranslator

from purges_desktop import locations
from purges_desktop.app import apply_kiosk_style, make_qapp
from purges_desktop.domain.kiosk import KioskSettings
from purges_desktop.domain.queries import cohort_members, later_fate
from purges_desktop.qtmodels.labels import later_fate_label
from purges_desktop.storage.loader import load_dataset
from purges_desktop.views.charts import (
    Bar,
    BubbleCategory,
    BubbleItem,
    DateBubbleChart,
    HBarChart,
    Mark,
    MarkCategory,
    MarkGrid,
    Series,
    YearBarChart,
    fate_category,
)

ROOT = Path(__file__).resolve().parent.parent

#: Seats of the Central Committee elected at the 17th Congress (71 members and 68 candidates).
CC17_SEATS = 139

#: The signatures given in the note of figure ``stalin-signed-lists`` (data/statistics/repression_numbers.yaml).
SIGNATURES = (("molotov", 372), ("stalin", 357), ("kaganovich-lazar", 188), ("voroshilov", 185), ("zhdanov", 176),
              ("mikoyan", 8), ("yezhov", 8), ("kosior-stanislav", 5))


def build(lang: str, kiosk: bool):
    """The four charts filled with data in ``lang``."""
    ru = lang == "ru"
    ds = load_dataset(ROOT / "data")
    stats = next(s for s in ds.records.statistics if s.id == "vchk-mgb-convictions-1921-1952-mvd")
    rows = [dict(r) for r in stats.rows]
    years = [int(r["year"]) for r in rows]
    bars = YearBarChart()
    bars.set_data(years, [
        Series("convicted", stats.columns[1].label.get(lang), tuple(r.get("convicted") for r in rows)),
        Series("death", stats.columns[2].label.get(lang), tuple(r.get("death") for r in rows)),
    ])
    bars.set_band(1937, 1938, "Большой террор" if ru else "Great Terror")
    bars.set_texts(title=stats.title.get(lang), year_header=stats.columns[0].label.get(lang))
    bars.select_year(1937)

    by_day: dict[tuple[int, int, int], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for person in ds.records.people:
        d = person.died.date
        if d is None or d.day is None or d.month is None or not 1937 <= d.year <= 1938:
            continue
        kind = "shot" if person.fate.value == "executed" else "other"
        by_day[(d.year, d.month, d.day)][kind].append(person.name.get(lang))
    items = [BubbleItem(f"{day[0]}-{day[1]:02}-{day[2]:02}-{kind}", day, len(names), kind,
                        f"{day[2]:02}.{day[1]:02}.{day[0]}: " + ", ".join(names))
             for day, kinds in sorted(by_day.items()) for kind, names in kinds.items()]
    bubbles = DateBubbleChart()
    bubbles.set_data(items, [BubbleCategory("shot", "Расстреляны" if ru else "Shot"),
                             BubbleCategory("other", "Иная смерть" if ru else "Other death")])
    bubbles.set_texts(title="Люди из набора данных, погибшие в 1937–1938 годах, по дням" if ru
                      else "People of this dataset who died in 1937–1938, by day")
    bubbles.select_item(max(items, key=lambda i: i.size).id)

    members = cohort_members(ds, "central-committee", "congress-17")
    fates = [later_fate(ds.people[m]) for m in members]
    order = sorted(set(fates), key=lambda f: -fates.count(f))
    categories = [fate_category(f, later_fate_label(f)) for f in order]
    categories.append(MarkCategory("missing", "Нет в наборе данных" if ru else "Not in the dataset yet",
                                   "#BBBBBB", "dash"))
    marks = [Mark(m, ds.people[m].name.get(lang), f) for m, f in zip(members, fates, strict=True)]
    marks += [Mark(f"seat-{n}", ("Место " if ru else "Seat ") + str(n), "missing")
              for n in range(len(marks) + 1, CC17_SEATS + 1)]
    grid = MarkGrid(touch=kiosk)
    grid.set_data(marks, categories)
    grid.set_texts(title="ЦК, избранный XVII съездом (1934): 139 мест" if ru
                   else "Central Committee elected in 1934: 139 seats")

    hbars = HBarChart()
    hbars.set_data([Bar(pid, ds.people[pid].name.get(lang) if pid in ds.people else pid, n)
                    for pid, n in SIGNATURES])
    hbars.set_texts(title="Списки с подписями членов Политбюро" if ru else "Execution lists signed, by member")
    return {"year-bars": bars, "date-bubbles": bubbles, "mark-grid": grid, "hbars": hbars}


def main() -> int:
    """Render every chart for both languages and both sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--svg", action="store_true", help="also write SVG files")
    args = parser.parse_args()
    qapp = make_qapp([sys.argv[0]])
    args.out.mkdir(parents=True, exist_ok=True)
    for mode, size in (("study", QSize(1366, 768)), ("kiosk", QSize(1920, 1080))):
        if mode == "kiosk":
            apply_kiosk_style(qapp, KioskSettings())
        for lang in ("en", "ru"):
            translator = QTranslator()
            if lang == "ru":
                translator.load(str(locations.resource_path("translations/purges_ru.qm")))
                qapp.installTranslator(translator)
            QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
            for name, chart in build(lang, mode == "kiosk").items():
                chart.set_kiosk(mode == "kiosk")
                chart.resize(size)
                chart.ensurePolished()
                Path(args.out / f"{name}-{mode}-{lang}.png").write_bytes(chart.png_bytes())
                if args.svg:
                    Path(args.out / f"{name}-{mode}-{lang}.svg").write_bytes(chart.svg_bytes())
                chart.deleteLater()
            qapp.removeTranslator(translator)
    sys.stdout.write(f"written to {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
