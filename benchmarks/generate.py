# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a synthetic Purges Desktop dataset of any size, in the real YAML format (docs/data-format.md).

The output loads with zero errors and zero warnings (``python main.py validate DIR``). Everything is derived from
one seed, so the same ``--people`` and ``--seed`` always give byte-identical files. Names are synthetic: Cyrillic
surnames built from syllables, romanised the English-Wikipedia way, with German and scholarly spellings and the
Cyrillic form as aliases, so search exercises every folding rule.

Shape for N people: ~20 bodies, ~3 memberships per person (with non-overlapping ``head`` chains per body), N/50
trials of 5-20 defendants each, N/10 events linking a few people each, and N/20 (at least 60) sources. Files are
split like the real data: 5,000 people (or events, or sources), 15,000 memberships or 500 trials per file.

    python benchmarks/generate.py --people 1000 --out DIR
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

#: Bump whenever the output changes: run.py keys its cache on it.
GENERATOR_VERSION = 1
DEFAULT_SEED = 1937

PEOPLE_PER_FILE = 5_000
MEMBERSHIPS_PER_FILE = 15_000
TRIALS_PER_FILE = 500
EVENTS_PER_FILE = 5_000
SOURCES_PER_FILE = 5_000

# ---------------------------------------------------------------- names

_ROOTS = (
    "Волк", "Бел", "Жук", "Чер", "Щег", "Хрущ", "Зуб", "Кузн", "Мороз", "Ярош", "Юд", "Цвет", "Ерш", "Гор",
    "Лаз", "Мих", "Пав", "Рыб", "Сав", "Тих", "Ушак", "Фед", "Ханж", "Шал", "Яков", "Бух", "Кам", "Зин",
    "Рад", "Пят", "Ежк", "Ягод", "Крест", "Раков", "Сокол", "Туч", "Уборев", "Якир", "Пост", "Кос", "Чуб",
    "Рудз", "Эйх", "Варейк", "Гамарн", "Жлоб", "Журав", "Зайц", "Ивань", "Кирш", "Лобов", "Медвед", "Нос",
    "Орл", "Петр", "Сыр", "Трох", "Шатск", "Щерб", "Юрк",
)
_MIDDLES = ("", "", "ан", "ен", "ор", "ул", "ич", "ец", "оч", "ин")
_SUFFIXES = ("ов", "ев", "ин", "ский", "енко", "ук", "ян", "идзе", "ович", "ых")
_FEMININE = {"ов": "ова", "ев": "ева", "ин": "ина", "ский": "ская"}
_MEN = (
    ("Ivan", "Иван", "Иванович"), ("Nikolai", "Николай", "Николаевич"), ("Grigory", "Григорий", "Григорьевич"),
    ("Lev", "Лев", "Львович"), ("Mikhail", "Михаил", "Михайлович"), ("Sergei", "Сергей", "Сергеевич"),
    ("Aleksei", "Алексей", "Алексеевич"), ("Vladimir", "Владимир", "Владимирович"), ("Pavel", "Павел", "Павлович"),
    ("Yakov", "Яков", "Яковлевич"), ("Boris", "Борис", "Борисович"), ("Fyodor", "Фёдор", "Фёдорович"),
    ("Andrei", "Андрей", "Андреевич"), ("Semyon", "Семён", "Семёнович"), ("Dmitry", "Дмитрий", "Дмитриевич"),
    ("Yemelyan", "Емельян", "Емельянович"), ("Genrikh", "Генрих", "Генрихович"), ("Iosif", "Иосиф", "Иосифович"),
    ("Vasily", "Василий", "Васильевич"), ("Yuri", "Юрий", "Юрьевич"), ("Konstantin", "Константин", "Константинович"),
    ("Aleksandr", "Александр", "Александрович"), ("Matvei", "Матвей", "Матвеевич"), ("Ilya", "Илья", "Ильич"),
)
_WOMEN = (
    ("Anna", "Анна"), ("Yelena", "Елена"), ("Maria", "Мария"), ("Olga", "Ольга"), ("Yevgenia", "Евгения"),
    ("Nadezhda", "Надежда"), ("Lidia", "Лидия"), ("Tatyana", "Татьяна"),
)
_FEMALE_PATRONYMIC = (
    "Ивановна", "Николаевна", "Петровна", "Сергеевна", "Михайловна", "Алексеевна", "Фёдоровна", "Яковлевна",
)

_EN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
_DE = {**_EN, "ж": "sch", "ш": "sch", "щ": "schtsch", "ч": "tsch", "х": "ch", "ц": "z", "в": "w", "з": "s",
       "й": "i", "ю": "ju", "я": "ja", "ё": "jo", "у": "u", "с": "ss"}
_SCHOLARLY = {**_EN, "ж": "ž", "ш": "š", "щ": "šč", "ч": "č", "х": "x", "ц": "c", "й": "j", "ю": "ju",
              "я": "ja", "ё": "ë", "ы": "y", "ь": "ʹ", "ъ": "ʺ"}
_VOWELS = set("аеёиоуыэюяьъ")


def romanise(cyrillic: str, table: dict[str, str], *, initial_ye: str = "ye") -> str:
    """Romanise a Cyrillic name with ``table`` (word-initial and post-vowel е as ``initial_ye``, -ий/-ый as y)."""
    out: list[str] = []
    text = cyrillic.lower()
    text = re.sub(r"[иы]й\b", "\x01", text)
    for i, ch in enumerate(text):
        if ch == "\x01":
            out.append("y" if table is _EN else ("i" if table is _DE else "ij"))
        elif ch == "е" and (i == 0 or text[i - 1] in _VOWELS):
            out.append(initial_ye)
        else:
            out.append(table.get(ch, ch))
    word = "".join(out)
    return word[:1].upper() + word[1:]


def slug(text: str) -> str:
    """Lower-case ASCII id fragment."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------- YAML writing

_PLAIN = re.compile(r"^[A-Za-zА-Яа-яЁё][^:#\[\]{},\"'\n|>&*!%@`]*[^ :#\[\]{},\"'\n]$")


def q(text: str) -> str:
    """A YAML scalar for ``text``: plain where that is safe in flow context, double-quoted otherwise."""
    if _PLAIN.match(text) and text.lower() not in {"true", "false", "null", "yes", "no", "on", "off"}:
        return text
    return json.dumps(text, ensure_ascii=False)


def bi(en: str, ru: str) -> str:
    """A bilingual flow mapping."""
    return f"{{en: {q(en)}, ru: {q(ru)}}}"


def flow_list(items: list[str]) -> str:
    """A flow sequence of ids or already-formatted values."""
    return "[" + ", ".join(items) + "]"


# ---------------------------------------------------------------- the model of the generator


@dataclass(slots=True)
class Plan:
    """What is decided about a person before their record is written."""

    index: int
    pid: str = ""
    female: bool = False
    given_en: str = ""
    given_ru: str = ""
    patronymic: str = ""
    surname_ru: str = ""
    born: date = date(1900, 1, 1)
    died: date | None = None
    died_text: str = ""
    fate: str = "unknown"
    repression: list[str] = field(default_factory=list)
    trial: int = -1
    tags: set[str] = field(default_factory=set)


BODIES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    # id, kind, parent, en name, ru name, en short, ru short
    ("central-committee", "party", "", "Central Committee of the VKP(b)", "Центральный комитет ВКП(б)", "CC", "ЦК"),
    ("politburo", "party", "central-committee", "Politburo of the Central Committee", "Политбюро ЦК",
     "Politburo", "Политбюро"),
    ("orgburo", "party", "central-committee", "Orgburo of the Central Committee", "Оргбюро ЦК", "Orgburo",
     "Оргбюро"),
    ("secretariat", "party", "central-committee", "Secretariat of the Central Committee", "Секретариат ЦК",
     "Secretariat", "Секретариат"),
    ("central-control-commission", "party", "", "Central Control Commission", "Центральная контрольная комиссия",
     "CCC", "ЦКК"),
    ("sovnarkom", "state", "", "Council of People's Commissars", "Совет народных комиссаров", "Sovnarkom",
     "Совнарком"),
    ("gosplan", "state", "sovnarkom", "State Planning Committee", "Государственная плановая комиссия", "Gosplan",
     "Госплан"),
    ("narkomindel", "state", "sovnarkom", "People's Commissariat for Foreign Affairs",
     "Народный комиссариат иностранных дел", "Narkomindel", "НКИД"),
    ("cheka", "police", "sovnarkom", "All-Russian Extraordinary Commission", "Всероссийская чрезвычайная комиссия",
     "Cheka", "ВЧК"),
    ("gpu", "police", "sovnarkom", "State Political Directorate", "Государственное политическое управление", "GPU",
     "ГПУ"),
    ("ogpu", "police", "sovnarkom", "Joint State Political Directorate",
     "Объединённое государственное политическое управление", "OGPU", "ОГПУ"),
    ("nkvd", "police", "sovnarkom", "People's Commissariat for Internal Affairs",
     "Народный комиссариат внутренних дел", "NKVD", "НКВД"),
    ("nkgb", "police", "sovnarkom", "People's Commissariat for State Security",
     "Народный комиссариат государственной безопасности", "NKGB", "НКГБ"),
    ("mgb", "police", "sovnarkom", "Ministry of State Security", "Министерство государственной безопасности", "MGB",
     "МГБ"),
    ("mvd", "police", "sovnarkom", "Ministry of Internal Affairs", "Министерство внутренних дел", "MVD", "МВД"),
    ("narkom-defence", "military", "sovnarkom", "People's Commissariat of Defence", "Народный комиссариат обороны",
     "Narkomat of Defence", "Наркомат обороны"),
    ("military-collegium", "judicial", "supreme-court", "Military Collegium of the Supreme Court",
     "Военная коллегия Верховного суда", "Military Collegium", "Военная коллегия"),
    ("supreme-court", "judicial", "", "Supreme Court of the USSR", "Верховный суд СССР", "Supreme Court",
     "Верховный суд"),
    ("procuracy", "judicial", "", "Procuracy of the USSR", "Прокуратура СССР", "Procuracy", "Прокуратура"),
    ("comintern", "party", "", "Communist International", "Коммунистический интернационал", "Comintern",
     "Коминтерн"),
)
#: Positions on the organisation chart and weights for "highest post", as the bundled data sets them (the other
#: bodies are neither charted nor ranked).
_CHART = {body: 10 * (n + 1) for n, body in enumerate((
    "secretariat", "politburo", "presidium", "orgburo", "central-control-commission", "sovnarkom", "cheka", "gpu",
    "ogpu", "nkvd", "nkgb", "mgb", "mvd", "procuracy", "military-collegium", "narkom-defence", "central-committee"))}
_RANK = {"politburo": 0, "secretariat": 1, "sovnarkom": 2, "orgburo": 3, "cheka": 4, "gpu": 4, "ogpu": 4, "nkvd": 4,
         "nkgb": 4, "mgb": 4, "mvd": 4, "central-control-commission": 5, "narkom-defence": 5, "procuracy": 6,
         "military-collegium": 6, "central-committee": 7}
_ROLES_BY_KIND = {
    "party": ("member", "member", "member", "candidate", "candidate", "secretary", "deputy"),
    "state": ("member", "deputy", "deputy", "first_deputy", "member"),
    "police": ("deputy", "deputy", "first_deputy", "member", "member"),
    "military": ("member", "deputy", "first_deputy"),
    "judicial": ("judge", "judge", "prosecutor", "member", "deputy"),
}
_TITLES = {
    "member": ("Member", "Член"), "candidate": ("Candidate member", "Кандидат в члены"),
    "secretary": ("Secretary", "Секретарь"), "deputy": ("Deputy chairman", "Заместитель председателя"),
    "first_deputy": ("First deputy chairman", "Первый заместитель председателя"), "judge": ("Judge", "Судья"),
    "prosecutor": ("Prosecutor", "Прокурор"), "head": ("Chairman", "Председатель"),
}
_FATES = (("executed", 45), ("died_in_custody", 10), ("murdered", 2), ("suicide", 3), ("killed_in_action", 5),
          ("natural_death", 30), ("unknown", 5))
_PLACES = (("Moscow", "Москва"), ("Leningrad", "Ленинград"), ("Kiev", "Киев"), ("Tiflis", "Тифлис"),
           ("Kharkov", "Харьков"), ("Minsk", "Минск"), ("Kazan", "Казань"), ("Saratov", "Саратов"),
           ("Odessa", "Одесса"), ("Riga", "Рига"), ("Vitebsk", "Витебск"), ("Kursk", "Курск"))
_OCCUPATIONS = (("party official", "партийный работник"), ("security officer", "сотрудник госбезопасности"),
                ("army commander", "командарм"), ("economist", "экономист"), ("diplomat", "дипломат"),
                ("judge", "судья"), ("writer", "писатель"), ("engineer", "инженер"))
_CATEGORIES = ("party", "secret_police", "trials", "military", "law_society", "international")


CHARGES = bi("Invented charges of wrecking and terror, for benchmarks.",
             "Вымышленные обвинения во вредительстве и терроре, для замеров.")
EVENT_SUMMARY = bi("An invented event that links a few invented people, for benchmarks.",
                   "Вымышленное событие, связывающее нескольких вымышленных людей.")


def _day(rng: random.Random, start: date, end: date) -> date:
    """A random day in ``[start, end]``."""
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, max(0, span)))


def _years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class Generator:
    """Builds the whole dataset in memory as YAML text, file by file."""

    def __init__(self, people: int, seed: int = DEFAULT_SEED) -> None:
        self.n = people
        self.rng = random.Random(seed)
        self.n_sources = max(60, people // 20)
        self.source_ids = [self._source_id(i) for i in range(self.n_sources)]
        self.plans: list[Plan] = []
        self.trials: list[dict[str, object]] = []

    # ---- helpers

    @staticmethod
    def _source_id(i: int) -> str:
        prefix = ("wp-en", "wp-ru", "memorial", "brit", "archive")[i % 5]
        return f"{prefix}-synthetic-{i:06d}"

    def sources(self) -> str:
        """A ``sources: [...]`` value citing one to three sources, sometimes with a page."""
        rng = self.rng
        picked = rng.sample(self.source_ids, rng.randint(1, 3))
        items = [f"{{source: {s}, detail: {q(f'p. {rng.randint(1, 600)}')}}}" if rng.random() < 0.15 else s
                 for s in picked]
        return flow_list(items)

    def _fmt_date(self, d: date, fuzz: bool = True) -> str:
        """ISO date, now and then reduced to a month or a year or marked approximate, as in real data."""
        if not fuzz:
            return d.isoformat()
        r = self.rng.random()
        if r < 0.05:
            return f"{d.year}"
        if r < 0.10:
            return f"{d.year}-{d.month:02d}"
        if r < 0.12:
            return f"{d.isoformat()}~"
        return d.isoformat()

    # ---- planning

    def plan(self) -> None:
        """Decide names, life dates, fates and trials for everybody."""
        rng = self.rng
        seen: dict[str, int] = {}
        for i in range(self.n):
            p = Plan(i)
            p.female = rng.random() < 0.1
            root = rng.choice(_ROOTS) + rng.choice(_MIDDLES)
            suffix = rng.choice(_SUFFIXES)
            if p.female:
                suffix = _FEMININE.get(suffix, suffix)
                p.given_en, p.given_ru = rng.choice(_WOMEN)
                p.patronymic = rng.choice(_FEMALE_PATRONYMIC)
            else:
                p.given_en, p.given_ru, _ = rng.choice(_MEN)
                p.patronymic = rng.choice(_MEN)[2]
            p.surname_ru = root + suffix
            base = f"{slug(romanise(p.surname_ru, _EN))}-{slug(p.given_en)}"
            seen[base] = seen.get(base, 0) + 1
            p.pid = base if seen[base] == 1 else f"{base}-{seen[base]}"
            p.born = _day(rng, date(1870, 1, 1), date(1912, 12, 31))
            p.fate = rng.choices([f for f, _ in _FATES], [w for _, w in _FATES])[0]
            self.plans.append(p)
        self._plan_trials()
        for p in self.plans:
            if p.trial < 0:
                self._plan_life(p)

    def _plan_trials(self) -> None:
        rng = self.rng
        order = list(range(self.n))
        rng.shuffle(order)
        cursor = 0
        for t in range(self.n // 50):
            start = _day(rng, date(1936, 1, 1), date(1938, 12, 1)) if rng.random() < 0.8 else _day(
                rng, date(1928, 1, 1), date(1941, 6, 1))
            end = start + timedelta(days=rng.randint(0, 10))
            count = rng.randint(5, 20)
            defendants: list[tuple[int, str]] = []
            for idx in order[cursor:cursor + count]:
                p = self.plans[idx]
                p.trial = t
                p.born = min(p.born, _years(start, -22))
                kind = rng.choices(("death", "labour_camp", "prison"), (70, 20, 10))[0]
                self._plan_defendant(p, start, end, kind)
                defendants.append((idx, kind))
            cursor += count
            self.trials.append({"id": f"trial-synthetic-{t:05d}", "start": start, "end": end,
                                "defendants": defendants})

    def _plan_defendant(self, p: Plan, start: date, end: date, kind: str) -> None:
        rng = self.rng
        arrest = start - timedelta(days=rng.randint(30, 300))
        steps = [f"{{type: arrest, date: {arrest.isoformat()}}}"]
        if kind == "death":
            p.fate = "executed"
            p.died = end + timedelta(days=rng.randint(0, 5))
            steps.append(f"{{type: sentence, date: {end.isoformat()}, sentence: death}}")
            steps.append(f"{{type: execution, date: {p.died.isoformat()}}}")
        elif kind == "labour_camp":
            p.fate = "died_in_custody"
            p.died = end + timedelta(days=rng.randint(100, 2000))
            steps.append(f"{{type: sentence, date: {end.isoformat()}, sentence: labour_camp, years: 10}}")
        else:
            p.fate = "natural_death"
            p.died = _day(rng, _years(end, 10), date(1975, 12, 31))
            steps.append(f"{{type: sentence, date: {end.isoformat()}, sentence: prison, years: 8}}")
            steps.append(f"{{type: release, date: {_years(end, 8).isoformat()}}}")
        if rng.random() < 0.6:
            steps.append(f"{{type: rehabilitation, date: {_day(rng, date(1955, 1, 1), date(1991, 12, 1))}}}")
        p.repression = steps
        p.died_text = p.died.isoformat()

    def _plan_life(self, p: Plan) -> None:
        rng = self.rng
        steps: list[str] = []
        if p.fate == "executed":
            p.died = _day(rng, max(date(1936, 6, 1), _years(p.born, 22)), date(1941, 10, 30))
            arrest = p.died - timedelta(days=rng.randint(20, 400))
            if rng.random() < 0.3:
                steps.append(f"{{type: expulsion, date: {(arrest - timedelta(days=rng.randint(5, 200))).isoformat()}}}")
            steps.append(f"{{type: arrest, date: {arrest.isoformat()}}}")
            sentence = p.died - timedelta(days=rng.randint(0, 3))
            steps.append(f"{{type: sentence, date: {sentence.isoformat()}, sentence: death}}")
            steps.append(f"{{type: execution, date: {p.died.isoformat()}}}")
            if rng.random() < 0.5:
                steps.append(f"{{type: rehabilitation, date: {_day(rng, date(1954, 1, 1), date(1991, 12, 1))}}}")
        elif p.fate == "died_in_custody":
            arrest = _day(rng, max(date(1935, 1, 1), _years(p.born, 22)), date(1941, 1, 1))
            p.died = arrest + timedelta(days=rng.randint(60, 3000))
            steps.append(f"{{type: arrest, date: {arrest.isoformat()}}}")
            steps.append(f"{{type: sentence, date: {(arrest + timedelta(days=50)).isoformat()}, "
                         f"sentence: labour_camp, years: {rng.choice((5, 8, 10, 15))}}}")
        elif p.fate in {"murdered", "suicide"}:
            p.died = _day(rng, max(date(1925, 1, 1), _years(p.born, 22)), date(1945, 12, 31))
        elif p.fate == "killed_in_action":
            p.died = _day(rng, max(date(1941, 6, 22), _years(p.born, 22)), date(1945, 5, 9))
        elif p.fate == "natural_death":
            p.died = _day(rng, max(date(1925, 1, 1), _years(p.born, 30)), date(1975, 12, 31))
            if rng.random() < 0.2 and p.died > date(1942, 1, 1):
                arrest = _day(rng, date(1937, 1, 1), date(1938, 12, 31))
                steps.append(f"{{type: arrest, date: {arrest.isoformat()}}}")
                steps.append(f"{{type: release, date: {(arrest + timedelta(days=rng.randint(90, 700))).isoformat()}}}")
        else:  # unknown: a year at most, often nothing
            if rng.random() < 0.5:
                p.died = date(rng.randint(max(1938, p.born.year + 25), 1950), 12, 31)
                p.died_text = f"{p.died.year}?"
        if p.died is not None and not p.died_text:
            p.died_text = self._fmt_date(p.died, fuzz=p.fate not in {"executed"})
            if p.died_text != p.died.isoformat():
                # a partial date means "any day of that year/month": keep every other date safely earlier.
                p.died = date(p.died.year, 12, 31) if len(p.died_text.rstrip("~?%")) == 4 else p.died
        p.repression = steps

    # ---- writing

    def person_yaml(self, p: Plan) -> str:
        """One ``people`` record."""
        rng = self.rng
        surname_en = romanise(p.surname_ru, _EN)
        surname_de = romanise(p.surname_ru, _DE, initial_ye="je")
        surname_sch = romanise(p.surname_ru, _SCHOLARLY, initial_ye="e")
        name_en = f"{p.given_en} {surname_en}"
        name_ru = f"{p.given_ru} {p.patronymic} {p.surname_ru}"
        aliases = list(dict.fromkeys(a for a in (surname_de, surname_sch, f"{p.given_ru} {p.surname_ru}",
                                                 f"{p.given_en} {romanise(p.patronymic, _EN)} {surname_en}")
                                     if a != surname_en))
        place_en, place_ru = rng.choice(_PLACES)
        occ_en, occ_ru = rng.choice(_OCCUPATIONS)
        born = self._fmt_date(p.born, fuzz=False)
        lines = [
            f"  - id: {p.pid}",
            f"    name: {bi(name_en, name_ru)}",
            f"    surname: {bi(surname_en, p.surname_ru)}",
            f"    aliases: {flow_list([q(a) for a in aliases])}",
            f"    born: {{date: {born}, place: {bi(place_en, place_ru)}}}",
        ]
        if p.died is not None:
            dplace_en, dplace_ru = rng.choice(_PLACES)
            lines.append(f"    died: {{date: {q(p.died_text) if not p.died_text[-1].isdigit() else p.died_text}, "
                         f"place: {bi(dplace_en, dplace_ru)}}}")
        lines.append(f"    fate: {p.fate}")
        if p.repression:
            lines.append("    repression:")
            lines.extend(f"      - {step}" for step in p.repression)
        lines.append(f"    occupation: {bi(occ_en, occ_ru)}")
        if p.tags:
            lines.append(f"    tags: {flow_list(sorted(p.tags))}")
        died_en = f" and died in {p.died.year}" if p.died else ""
        died_verb = "умерла" if p.female else "умер"
        died_ru = f" и {died_verb} в {p.died.year} году" if p.died else ""
        born_ru = "родилась" if p.female else "родился"
        bio_en = (f"{name_en} was born in {place_en} in {p.born.year}{died_en}. "
                  f"A synthetic {occ_en} generated for benchmarks; none of this is history.")
        bio_ru = (f"{name_ru} {born_ru} в городе {place_ru} в {p.born.year} году{died_ru}. "
                  f"Вымышленный персонаж ({occ_ru}) для замеров производительности.")
        lines.append("    bio:")
        lines.append(f"      en: {q(bio_en)}")
        lines.append(f"      ru: {q(bio_ru)}")
        lines.append(f"    sources: {self.sources()}")
        return "\n".join(lines)

    def memberships(self) -> list[str]:
        """Head chains per body, then about three ordinary seats per person."""
        rng = self.rng
        out: list[str] = []
        for body_id, kind, *_ in BODIES:
            start = _day(rng, date(1917, 11, 8), date(1920, 1, 1))
            while start < date(1953, 1, 1):
                end = start + timedelta(days=rng.randint(300, 1800))
                for _ in range(200):
                    p = rng.choice(self.plans)
                    if _years(p.born, 25) <= start and (p.died is None or p.died >= end):
                        p.tags.add(kind)
                        out.append(self._membership(p, body_id, "head", start, end, "term_end"))
                        break
                start = end
        for p in self.plans:
            first = max(_years(p.born, 20), date(1917, 11, 8))
            last = (p.died - timedelta(days=1)) if p.died else date(1953, 3, 5)
            if first >= last:
                continue
            count = rng.choice((2, 3, 3, 3, 4))
            cursor = first + timedelta(days=rng.randint(0, max(0, (last - first).days // 2)))
            for _ in range(count):
                if cursor >= last:
                    break
                body_id, kind, *_ = rng.choice(BODIES)
                end = min(cursor + timedelta(days=rng.randint(180, 2500)), last)
                open_end = p.died is None and rng.random() < 0.3
                p.tags.add(kind)
                out.append(self._membership(p, body_id, rng.choice(_ROLES_BY_KIND[kind]), cursor,
                                            None if open_end else end, rng.choice(("term_end", "promoted", "removed",
                                                                                   "reorganised", "unknown"))))
                cursor = end + timedelta(days=rng.randint(1, 400))
        return out

    def _membership(self, p: Plan, body: str, role: str, start: date, end: date | None, reason: str) -> str:
        en, ru = _TITLES[role]
        lines = [f"  - person: {p.pid}", f"    body: {body}", f"    role: {role}", f"    title: {bi(en, ru)}",
                 f"    from: {start.isoformat()}"]
        if end is not None:
            lines.append(f"    to: {end.isoformat()}")
            lines.append(f"    end_reason: {reason}")
        if body == "central-committee" and start.year == 1934:
            lines.append("    cohort: congress-17")
        lines.append(f"    sources: {self.sources()}")
        return "\n".join(lines)

    def trial_yaml(self, t: dict[str, object]) -> str:
        """One ``trials`` record with its defendants."""
        rng = self.rng
        start: date = t["start"]  # type: ignore[assignment]
        end: date = t["end"]  # type: ignore[assignment]
        number = int(str(t["id"]).rsplit("-", 1)[1]) + 1
        bench = [p.pid for p in rng.sample(self.plans, 4)]
        lines = [
            f"  - id: {t['id']}",
            f"    name: {bi(f'Case of the synthetic centre No. {number}', f'Дело вымышленного центра № {number}')}",
            f"    common_name: {bi(f'Synthetic trial {number}', f'Вымышленный процесс {number}')}",
            f"    start: {start.isoformat()}",
            f"    end: {end.isoformat()}",
            f"    court: {rng.choice(('military-collegium', 'supreme-court'))}",
            f"    public: {rng.choice(('true', 'false'))}",
            f"    presiding_judge: {bench[0]}",
            f"    judges: {flow_list(bench[1:3])}",
            f"    prosecutor: {bench[3]}",
            f"    articles: {flow_list(sorted(rng.sample(['58-1a', '58-2', '58-7', '58-8', '58-9', '58-11'], 3)))}",
            f"    charges: {CHARGES}",
            "    defendants:",
        ]
        for idx, kind in t["defendants"]:  # type: ignore[attr-defined]
            p = self.plans[idx]
            lines.append(f"      - person: {p.pid}")
            lines.append(f"        plea: {rng.choice(('guilty', 'guilty', 'partial', 'not_guilty', 'retracted'))}")
            years = "" if kind == "death" else f", years: {10 if kind == 'labour_camp' else 8}"
            lines.append(f"        sentence: {{kind: {kind}, date: {end.isoformat()}{years}}}")
            if kind == "death":
                assert p.died is not None
                lines.append(f"        executed: {p.died.isoformat()}")
        count = len(t["defendants"])  # type: ignore[arg-type]
        summary = bi(f"A synthetic trial of {count} defendants.", f"Вымышленный процесс, подсудимых: {count}.")
        lines.append(f"    summary: {summary}")
        lines.append(f"    sources: {self.sources()}")
        return "\n".join(lines)

    def event_yaml(self, i: int) -> str:
        """One ``events`` record linking a few people, a body and sometimes a trial."""
        rng = self.rng
        day = _day(rng, date(1917, 11, 7), date(1953, 3, 5))
        people = [p.pid for p in rng.sample(self.plans, min(len(self.plans), rng.randint(2, 5)))]
        bodies = sorted({rng.choice(BODIES)[0] for _ in range(rng.randint(1, 2))})
        lines = [
            f"  - id: event-synthetic-{i:06d}",
            f"    date: {day.isoformat()}",
        ]
        if rng.random() < 0.2:
            lines.append(f"    end: {(day + timedelta(days=rng.randint(1, 60))).isoformat()}")
        lines += [
            f"    category: {rng.choice(_CATEGORIES)}",
            f"    title: {bi(f'Synthetic event {i + 1}', f'Вымышленное событие {i + 1}')}",
            f"    summary: {EVENT_SUMMARY}",
            f"    people: {flow_list(people)}",
            f"    bodies: {flow_list(bodies)}",
        ]
        if self.trials and rng.random() < 0.2:
            lines.append(f"    trials: [{rng.choice(self.trials)['id']}]")
        lines.append(f"    sources: {self.sources()}")
        return "\n".join(lines)

    def source_yaml(self, i: int) -> str:
        """One ``sources`` record."""
        sid = self.source_ids[i]
        kind = ("encyclopedia", "encyclopedia", "archive", "encyclopedia", "web")[i % 5]
        return "\n".join((
            f"  - id: {sid}",
            f"    title: {q(f'Synthetic source number {i + 1}')}",
            "    author: Benchmark generator",
            "    publisher: Purges Desktop benchmarks",
            f"    year: {2000 + i % 25}",
            f"    url: https://example.org/synthetic/{sid}",
            f"    kind: {kind}",
        ))

    def body_yaml(self, row: tuple[str, str, str, str, str, str, str]) -> str:
        """One ``bodies`` record."""
        bid, kind, parent, en, ru, short_en, short_ru = row
        lines = [f"  - id: {bid}", f"    name: {bi(en, ru)}", f"    short: {bi(short_en, short_ru)}",
                 f"    kind: {kind}"]
        if parent:
            lines.append(f"    parent: {parent}")
        if bid in _CHART:
            lines.append(f"    chart: {_CHART[bid]}")
        if bid in _RANK:
            lines.append(f"    rank: {_RANK[bid]}")
        lines.append(f"    description: {bi(f'{en} (synthetic description).', f'{ru} (вымышленное описание).')}")
        lines.append(f"    sources: {self.sources()}")
        return "\n".join(lines)


def _write_chunks(folder: Path, section: str, records: list[str], per_file: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, start in enumerate(range(0, max(1, len(records)), per_file), 1):
        chunk = records[start:start + per_file]
        text = f"# Synthetic benchmark data: invented people, not history.\n{section}:\n" + "\n".join(chunk) + "\n"
        (folder / f"{section}-{n:04d}.yaml").write_text(text, encoding="utf-8")


def generate(people: int, out: Path, seed: int = DEFAULT_SEED) -> None:
    """Write a dataset of ``people`` people into ``out`` (created; must hold no YAML yet)."""
    gen = Generator(people, seed)
    gen.plan()
    memberships = gen.memberships()  # also sets tags, so before people are written
    _write_chunks(out / "people", "people", [gen.person_yaml(p) for p in gen.plans], PEOPLE_PER_FILE)
    _write_chunks(out / "memberships", "memberships", memberships, MEMBERSHIPS_PER_FILE)
    _write_chunks(out / "bodies", "bodies", [gen.body_yaml(b) for b in BODIES], len(BODIES))
    _write_chunks(out / "trials", "trials", [gen.trial_yaml(t) for t in gen.trials], TRIALS_PER_FILE)
    _write_chunks(out / "events", "events", [gen.event_yaml(i) for i in range(people // 10)], EVENTS_PER_FILE)
    _write_chunks(out / "sources", "sources", [gen.source_yaml(i) for i in range(gen.n_sources)], SOURCES_PER_FILE)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``generate.py --people N --out DIR [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, required=True, help="how many people (N)")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created; must hold no YAML)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.people < 1:
        parser.error("--people must be at least 1")
    if args.out.exists() and any(args.out.rglob("*.yaml")):
        print(f"generate.py: {args.out} already holds YAML files; choose an empty folder", file=sys.stderr)
        return 2
    generate(args.people, args.out, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
