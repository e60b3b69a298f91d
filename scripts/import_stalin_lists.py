#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Make the bundled shooting lists (``data/lists/lists_*.yaml``) from Memorial's database of Stalin's lists.

Memorial published the lists the NKVD sent to the Politburo in 1937–38 ("Сталинские расстрельные списки",
stalin.memo.ru); its database tables are exported as CSV files. This script reads four of them from ``--from DIR``:

- ``lists.csv``: one row per list (archive reference, date, title, the signatures as transcribed and one flag per
  signer, the NKVD compiler, ``reallist`` = 1 for a real list);
- ``sublists.csv``: one row per part of a list, with the names per category (``kat1count`` …) and the NKVD
  official who signed it (``podp_fin``);
- ``lstmaker.csv``: the NKVD compilers;
- ``groups.csv``: Memorial's group titles (read and checked only: the sublist table does not link parts to groups).

and writes one record per real list into ``lists_1937.yaml``, ``lists_1938.yaml`` and ``lists_other.yaml`` (undated
lists and the later volumes) below ``--out``. The output is deterministic: the same tables give the same bytes, and
the committed files must be exactly what the script writes (``tests/data/test_bundled_dataset.py`` re-runs it when
the tables are at hand). Titles are given in Russian as Memorial prints them and in English through the glossary
below; a title the glossary cannot translate stops the script. Where the list's date as printed and the date of
Memorial's database disagree, or the signature text names someone the database does not mark, the record is marked
uncertain and gets a note.

Usage::

    python scripts/import_stalin_lists.py --from path/to/memorial/tables --out data/lists/
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

MODELINE = "# yaml-language-server: $schema=../schema/purges-data.schema.json"
SOURCE = "memorial-stalin-lists"

#: Memorial's signature flags -> person ids of the dataset, in a fixed order, with the name as in the text.
SIGNERS = (
    ("signstalin", "stalin", "Сталин"),
    ("signmolotov", "molotov", "Молотов"),
    ("signkaganovic", "kaganovich-lazar", "Каганович"),
    ("signvoroshilov", "voroshilov", "Ворошилов"),
    ("signjdanov", "zhdanov", "Жданов"),
    ("signmikoyan", "mikoyan", "Микоян"),
    ("signejov", "yezhov", "Ежов"),
    ("signkosior", "kosior-stanislav", "Косиор"),
)
EN_SIGNER = {"stalin": "Stalin", "molotov": "Molotov", "kaganovich-lazar": "Kaganovich", "voroshilov": "Voroshilov",
             "zhdanov": "Zhdanov", "mikoyan": "Mikoyan", "yezhov": "Yezhov", "kosior-stanislav": "Kosior"}
RU_SIGNER_GEN = {"stalin": "Сталина", "molotov": "Молотова", "kaganovich-lazar": "Кагановича",
                 "voroshilov": "Ворошилова", "zhdanov": "Жданова", "mikoyan": "Микояна", "yezhov": "Ежова",
                 "kosior-stanislav": "Косиора"}
#: Memorial's published number of lists each man signed (the history page of stalin.memo.ru).
PUBLISHED_TOTALS = {"molotov": 372, "stalin": 357, "kaganovich-lazar": 188, "voroshilov": 185, "zhdanov": 176,
                    "mikoyan": 8, "kosior-stanislav": 5, "yezhov": 8}
#: NKVD compilers who are people of the dataset, by surname.
COMPILER_IDS = {"Агранов": "agranov", "Фриновский": "frinovsky"}

MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# ---- the glossary: whole titles first, then phrases, then words (longest first within each table)

WHOLE = {
    "(бывшие члены в канд.ЦК ВКП/б/; члены КПК и КСК и Рев.Ком.ЦК; секретари ОК,КК; наркомы, зам.наркомов и "
    "пред.облисполкомов; ответработники НК; военные работники; работники НКВД)":
        "(former members and candidates of the CC of the VKP(b); members of the KPK, the KSK and the Revision "
        "Commission of the CC; secretaries of regional and territorial committees; people's commissars, deputy "
        "people's commissars and chairmen of regional executive committees; senior officials of the people's "
        "commissariats; military officials; NKVD officials)",
    "I Быв.члены и кандидаты ЦК ВКП(б)": "I. Former members and candidates of the CC of the VKP(b)",
    "II Быв.члены КПК и КСК и Рев.Ком.ЦК":
        "II. Former members of the KPK, the KSK and the Revision Commission of the CC",
    "III Быв.секретари Обкомов, Крайкомов": "III. Former secretaries of regional and territorial committees",
    "IV Быв.Наркомы,Зам.Наркомов и Пред.Обл.исполклмов":
        "IV. Former people's commissars, deputy people's commissars and chairmen of regional executive committees",
    "V Быв.ответ.работники Наркоматов": "V. Former senior officials of the people's commissariats",
    "VI Быв.военные работники": "VI. Former military officials",
    "VII Быв.работники НКВД": "VII. Former NKVD officials",
    "Список арестованных МГБ СССР изменников родины, шпионов, подрывников и террористов":
        "List of traitors to the motherland, spies, saboteurs and terrorists arrested by the MGB of the USSR",
    "Список арестованных, числящихся за НКВД СССР": "List of arrested persons held under the NKVD of the USSR",
}
PHRASES = {
    "Записка Ежова с приложением": "Yezhov's note enclosing the",
    "Список лиц": "List of persons", "списка лиц": "list of persons", "Список арестованных": "List of arrested persons",
    "Список арестованных участников антисоветских организаций": "List of arrested members of anti-Soviet organisations",
    "представлен НКВД СССР": "submitted by the NKVD of the USSR",
    "ДТО ГУГБ Московского узла": "railway transport department (DTO) of the GUGB, Moscow junction",
    "ДТО УГБ УНКВД МО по Метро":
        "railway transport department (DTO) of the UGB of the Moscow Region NKVD, for the Metro",
    "ДТО Южных ж.д.": "railway transport department (DTO) of the Southern Railway",
    "ДТО Томской ж.д.": "railway transport department (DTO) of the Tomsk Railway",
    "ДТО Метро": "railway transport department (DTO) of the Metro",
    "Центральный аппарат УГБ НКВД УССР": "Central apparatus of the UGB of the NKVD of the Ukrainian SSR",
    "центр.аппарат УГБ НКВД УССР": "central apparatus of the UGB of the NKVD of the Ukrainian SSR",
    "УГБ НКВД": "UGB of the NKVD", "УНКВД по Дальстрою": "NKVD administration of Dalstroy",
    "Верхне-Уральская т-ма Особого Назначения": "Verkhneuralsk special-purpose prison",
    "Верхне-Уральская т-ма ОН": "Verkhneuralsk special-purpose prison",
    "Темниковский лагерь": "Temnikov camp", "Темниковский лаг.": "Temnikov camp",
    "БЕЛБАЛТЛАГ НКВД": "Belbaltlag of the NKVD", "ВОЛГОЛАГ НКВД": "Volgolag of the NKVD",
    "б.сотрудн.НКВД": "former NKVD staff", "б.сотрудники НКВД": "former NKVD staff",
    "бывш.сотрудники НКВД": "former NKVD staff",
    "Военный Округ": "Military District", "военный округ": "Military District", "ВО": "Military District",
    "Ростов н/Д": "Rostov-on-Don", "Ростов-н/Д": "Rostov-on-Don", "Москва-центр": "Moscow-centre",
    "Моква-центр": "Moscow-centre",
    "Москва - центр": "Moscow-centre", "Москва-Центр": "Moscow-centre",
    "Дальне-Восточный край - (Хабаровск)": "Far Eastern Territory (Khabarovsk)",
    "Камчатская область - (Петропавловск)": "Kamchatka Region (Petropavlovsk)",
    "(выписка)": "(extract)", "(категория 1)": "(category 1)", "(категория 2)": "(category 2)",
}
#: A railway named after someone: "ж.д. им. Кагановича" -> "Kaganovich Railway".
NAMED_RAILWAY = re.compile(
    r"(?:[жЖ]\.\s?д\.|[жЖ]ел\.\s?дор\.?)\s*им\.\s*(Дзержинского|Кагановича|Ворошилова|Куйбышева)")
RAILWAY_NAMES = {"Дзержинского": "Dzerzhinsky", "Кагановича": "Kaganovich", "Ворошилова": "Voroshilov",
                 "Куйбышева": "Kuibyshev"}
WORDS = {
    # places and railways, as adjectives or names
    "Азербайджанская": "Azerbaijan", "Азово-Черноморский": "Azov-Black Sea", "Алма-Ата": "Alma-Ata",
    "Алтайский": "Altai", "Амурская": "Amur", "Армения": "Armenia", "Армянская": "Armenian",
    "Артемовск": "Artyomovsk", "Архангельская": "Arkhangelsk", "Ашхабад": "Ashkhabad", "Ашхабадская": "Ashkhabad",
    "Баку": "Baku", "Башкирская": "Bashkir", "Белорусская": "Byelorussian", "Бурято-Монгольская": "Buryat-Mongol",
    "Винницкая": "Vinnitsa", "Вологда": "Vologda", "Вологодская": "Vologda", "Воронеж": "Voronezh",
    "Воронежская": "Voronezh", "Восточно-Сибирская": "East Siberian", "Гомель": "Gomel",
    "Горький": "Gorky", "Горьковская": "Gorky", "Грузинская": "Georgian", "Дагестанская": "Dagestan",
    "Дальне-Восточная": "Far Eastern", "Дальне-Восточный": "Far Eastern", "Днепропетр.": "Dnepropetrovsk",
    "Днепропетровск": "Dnepropetrovsk", "Днепропетровская": "Dnepropetrovsk", "Донецкая": "Donetsk",
    "Забайкальский": "Transbaikal", "Закавказская": "Transcaucasian", "Западная": "Western",
    "Западно-Сибирский": "West Siberian", "Зап.-Сибирский": "West Siberian", "Ивановская": "Ivanovo",
    "Иркутская": "Irkutsk", "Кабардино-Балкарская": "Kabardino-Balkarian", "Каб.-Балкарская": "Kabardino-Balkarian",
    "Казань": "Kazan", "Казанская": "Kazan", "Казахская": "Kazakh", "Казахстан": "Kazakhstan",
    "Казахстанская": "Kazakhstan", "Калининградская": "Kaliningrad [sic]", "Калининская": "Kalinin",
    "Кадининская": "Kalinin [sic]", "Калмыцкая": "Kalmyk", "Калуга": "Kaluga", "Камчатская": "Kamchatka",
    "Карельская": "Karelian", "Киев": "Kiev", "Киевская": "Kiev", "Киевский": "Kiev", "Киргизская": "Kirghiz",
    "Кировская": "Kirov", "Коми": "Komi", "Краснодарский": "Krasnodar", "Красноярск": "Krasnoyarsk",
    "Красноярская": "Krasnoyarsk", "Красноярский": "Krasnoyarsk", "Крымская": "Crimean",
    "Куйбышев": "Kuibyshev", "Куйбышев.": "Kuibyshev", "Куйбышевская": "Kuibyshev", "Курская": "Kursk",
    "Ленинград": "Leningrad", "Ленинградская": "Leningrad", "Ленинская": "Lenin", "Магнитогорск": "Magnitogorsk",
    "Марийская": "Mari", "Мордовская": "Mordovian", "Москва": "Moscow", "Московская": "Moscow",
    "Московско-Киевская": "Moscow-Kiev", "Моск.-Киевская": "Moscow-Kiev", "Московск.Киевск.": "Moscow-Kiev",
    "М.Киевск.": "Moscow-Kiev", "Моск.Киев.": "Moscow-Kiev", "Московско-Окружная": "Moscow Circular",
    "М.Окружная": "Moscow Circular", "М.Окружн.": "Moscow Circular", "Моск.Окружная": "Moscow Circular",
    "Моск.-Донбасская": "Moscow-Donbass", "М-Донбасск.": "Moscow-Donbass", "Моск.Донбас.": "Moscow-Donbass",
    "М.Донбасская": "Moscow-Donbass", "Метро": "Metro", "метро": "Metro", "Новосибирск": "Novosibirsk",
    "Новосибирская": "Novosibirsk", "Одесса": "Odessa", "Одесская": "Odessa", "Октябрьская": "October",
    "Омск": "Omsk", "Омская": "Omsk", "Орджоникидзе": "Ordzhonikidze", "Орджоникидзевская": "Ordzhonikidze",
    "Орджоникидзевский": "Ordzhonikidze", "Оренбург": "Orenburg", "Оренбургская": "Orenburg",
    "Оренбургск.": "Orenburg", "Орловская": "Orel", "Ржев": "Rzhev", "Ростовская": "Rostov",
    "Рязано-Уральская": "Ryazan-Urals", "Рязанская": "Ryazan", "Саратов": "Saratov", "Саратовская": "Saratov",
    "Саратовскач": "Saratov [sic]", "Свердловск": "Sverdlovsk", "Свердловская": "Sverdlovsk",
    "Свободный": "Svobodny", "Северная": "Northern", "Северо-Донецкая": "North Donets", "Сев.Дон.": "North Donets",
    "Северо-Осетинская": "North Ossetian", "Смоленск": "Smolensk", "Смоленская": "Smolensk",
    "Сталинград": "Stalingrad", "Сталинградская": "Stalingrad", "Сталингр.": "Stalingrad",
    "Сталинская": "Stalin", "Сталинск.": "Stalin", "Таджикская": "Tajik", "Тамбовская": "Tambov",
    "Татарская": "Tatar", "Ташкент": "Tashkent", "Ташкентская": "Tashkent", "Тбилиси": "Tbilisi",
    "Томская": "Tomsk", "Томской": "Tomsk", "Тульская": "Tula", "Туркестано-Сибирская": "Turkestan-Siberian",
    "Турк.-Сибирская": "Turkestan-Siberian", "Турк.-Сибирск.": "Turkestan-Siberian",
    "Турк.-Сиб.": "Turkestan-Siberian", "Турксиб.": "Turkestan-Siberian", "Туркменская": "Turkmen",
    "Узбекская": "Uzbek", "Украина": "Ukraine", "Украинская": "Ukrainian", "Уфа": "Ufa", "Хабаровск": "Khabarovsk",
    "Харьков": "Kharkov", "Харьковская": "Kharkov", "Харьковский": "Kharkov", "Челябин.": "Chelyabinsk",
    "Челябинск": "Chelyabinsk", "Челябинская": "Chelyabinsk", "Черниговская": "Chernigov",
    "Чечено-Ингушская": "Chechen-Ingush", "Чечено-Ингушской": "Chechen-Ingush", "Чита": "Chita",
    "Южная": "Southern", "Южно-Уральская": "South Urals", "Южно-Урал.": "South Urals",
    "Юж.-Уральская": "South Urals", "Ю.-Уральская": "South Urals", "Ю.-Уральск.": "South Urals",
    "Юж.Уральск.": "South Urals", "Юж.Донец.": "South Donets", "Юго-Западная": "South-Western",
    "Юго-Запад.": "South-Western", "Юго-Восточная": "South-Eastern", "Юго-Вост.": "South-Eastern",
    "Ю-Восточн.": "South-Eastern", "Ю.Восточная": "South-Eastern", "Ясиноватая": "Yasinovataya",
    "Ярославль": "Yaroslavl", "Ярославская": "Yaroslavl", "Западно-Сибирский край": "West Siberian Territory",
    # kinds of territory and railways
    "области": "Regions", "область": "Region", "обл.": "Region", "края": "Territories", "край": "Territory",
    "АССР": "ASSR", "ССР": "SSR", "УССР": "Ukrainian SSR", "ж.д.": "Railway", "ж. д.": "Railway",
    "жел.дор.": "Railway", "жел.дор": "Railway", "жел. дорога": "Railway", "жел.дорога": "Railway",
    "железная дорога": "Railway", "ст.": "station", "Список": "List", "и": "and", "N": "No.", "НКВД СССР": "NKVD",
    "Бельский": "Belsky", "МО": "Moscow Region", "Ворошиловск.": "Voroshilov", "Дзержинская": "Dzerzhinsky",
    "Петропавловск": "Petropavlovsk", "список": "list",
}
_CITY = re.compile(r"(?<!\w)(?:[гГ]|Гор)\.\s*")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    keys = sorted(table, key=len, reverse=True)
    end = r"(?!\w)"
    parts = [rf"(?<!\w){re.escape(k)}{end if k[-1].isalnum() else ''}" for k in keys]
    return re.compile("|".join(parts))


_PHRASES = _pattern(PHRASES)
_WORDS = _pattern(WORDS)


def translate(ru: str) -> str:
    """A faithful English rendering of a list or part title, through the glossary.

    Raises:
        ValueError: when a Russian word is left over (add it to the glossary).
    """
    text = " ".join(ru.split())
    if text in WHOLE:
        return WHOLE[text]
    for whole_ru, whole_en in WHOLE.items():
        text = text.replace(whole_ru, whole_en)
    text = NAMED_RAILWAY.sub(lambda m: f"{RAILWAY_NAMES[m[1]]} Railway", text)
    text = _PHRASES.sub(lambda m: PHRASES[m[0]], text)
    text = _CITY.sub("", text)
    text = _WORDS.sub(lambda m: WORDS[m[0]], text)
    text = _tidy(text)
    if _CYRILLIC.search(text):
        msg = f"cannot translate {ru!r} (left: {text!r}); add the words to the glossary"
        raise ValueError(msg)
    return text


def _tidy(text: str) -> str:
    """English punctuation: words run together after an abbreviation are parted, a full stop between a place and
    its railway becomes a comma, a hyphen with spaces a dash, and commas and semicolons are followed by a space."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    text = re.sub(r"(?<=[a-z\]])\.\s*(?=[A-Z])", ", ", text)
    text = re.sub(r"(?<=[a-z])\.\s*(?=[a-z])", ", ", text)
    text = re.sub(r"(?<=[a-z])\.(?=\s*-)", "", text)
    text = re.sub(r"(?<=\w)\(", " (", text)
    text = re.sub(r"\s*-\s+|\s+-\s*", " – ", text)
    text = re.sub(r"\s*([,;])\s*", r"\1 ", text)
    return " ".join(text.split())


# ---- dates

_DATE_RE = re.compile(
    r"(?P<day>\d{1,2}|\"\s*\")?\s*[./]?\s*(?P<month>[а-я]+|[IVX]+)\s*[./]?\s*(?P<year>\d{4}|\d{2})?")


def parse_datetext(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date as printed (``" " ноября 1937 года``, ``31.VIII.37``); ``None`` where absent."""
    m = _DATE_RE.search(text.replace("от ", " "))
    if not m:
        return None, None, None
    word = m["month"]
    month = (MONTHS_RU.index(word) + 1 if word in MONTHS_RU else ROMAN.index(word) + 1 if word in ROMAN else None)
    if month is None:
        return None, None, None
    day = int(m["day"]) if m["day"] and m["day"].isdigit() else None
    year = int(m["year"]) if m["year"] else None
    if year is not None and year < 100:
        year += 1900
    return year, month, day


def _fmt_en(y: int, m: int, d: int | None = None) -> str:
    return f"{d} {MONTHS_EN[m - 1]} {y}" if d else f"{MONTHS_EN[m - 1]} {y}"


def _fmt_ru(y: int, m: int, d: int | None = None) -> str:
    return f"{d} {MONTHS_RU[m - 1]} {y}" if d else f"{MONTHS_RU[m - 1]} {y}"


def list_date(row: dict[str, str], parts: list[dict[str, str]]) -> tuple[str | None, list[tuple[str, str]]]:
    """The list's date in the project's notation, and notes (en, ru) where the sources disagree."""
    adate, text = row["adate"], row["datetext"].strip()
    notes: list[tuple[str, str]] = []
    y, m, d = parse_datetext(text) if text else (None, None, None)
    if adate.startswith("0000"):
        if m is None:
            return None, notes
        year = y if y is not None else int(row["adate"][:4])
        notes.append((f"The list is dated only to the month ({text}); Memorial's database gives no date.",
                      f"Список датирован лишь месяцем («{text}»); в базе данных «Мемориала» дата не указана."))
        return f"{year:04d}-{m:02d}", notes
    ay, am, ad = (int(x) for x in adate.split("-"))
    iso = adate
    doubtful = False
    if text and m is not None:
        if (m, y or ay) != (am, ay):
            doubtful = True
            notes.append((f"The list's own date reads “{text}”, but Memorial's database dates it "
                          f"{_fmt_en(ay, am, ad)}.",
                          f"В самом списке дата — «{text}», а в базе данных «Мемориала» — {_fmt_ru(ay, am, ad)}."))
        elif d is None:
            doubtful = True
            notes.append((f"The list's own date leaves the day blank (“{text}”); Memorial's database dates it "
                          f"{_fmt_en(ay, am, ad)}.",
                          f"В дате самого списка число не проставлено («{text}»); в базе данных «Мемориала» — "
                          f"{_fmt_ru(ay, am, ad)}."))
        elif d != ad:
            doubtful = True
            notes.append((f"The list's own date reads “{text}”, but Memorial's database dates it "
                          f"{_fmt_en(ay, am, ad)}.",
                          f"В самом списке дата — «{text}», а в базе данных «Мемориала» — {_fmt_ru(ay, am, ad)}."))
    for part in parts:
        py, pm, pd = parse_datetext(part["datetext"]) if part["datetext"].strip() else (None, None, None)
        if pd is not None and pm is not None and (pm, pd) != (am, ad):
            doubtful = True
            title = part["sublisttitle"].strip()
            notes.append((f"Memorial's database dates the list {_fmt_en(ay, am, ad)}, but its part “{title}” is "
                          f"dated {_fmt_en(py or ay, pm, pd)}.",
                          f"В базе данных «Мемориала» список датирован {_fmt_ru(ay, am, ad)}, а его часть «{title}» — "
                          f"{_fmt_ru(py or ay, pm, pd)}."))
    return (iso + "?" if doubtful else iso), notes


# ---- records


def _signers(row: dict[str, str]) -> list[str]:
    """Flagged signers, in the order the signature text names them, then the others in a fixed order."""
    text = row["politsigns"]
    flagged = [(pid, name) for flag, pid, name in SIGNERS if row[flag] == "1"]
    named = sorted((text.find(name), pid) for pid, name in flagged if name in text)
    return [pid for _pos, pid in named] + [pid for pid, name in flagged if name not in text]


def _signature_notes(row: dict[str, str], flag_totals: dict[str, int]) -> list[tuple[str, str]]:
    notes = []
    for flag, pid, name in SIGNERS:
        if name in row["politsigns"] and row[flag] != "1":
            published, flagged = PUBLISHED_TOTALS[pid], flag_totals[pid]
            if published == flagged + 1:
                en_tail = (f"Memorial's published total for {EN_SIGNER[pid]}, {published} lists, is one more than "
                           f"the {flagged} its database marks: this list accounts for the difference.")
                ru_tail = (f"Опубликованное «Мемориалом» число списков с подписью {RU_SIGNER_GEN[pid]} — "
                           f"{published} — на один больше отмеченных в базе ({flagged}): разницу даёт этот список.")
            else:
                en_tail = (f"Memorial's published total for {EN_SIGNER[pid]}, {published} lists, is the number its "
                           "database marks and does not count this list.")
                ru_tail = (f"Опубликованное «Мемориалом» число списков с подписью {RU_SIGNER_GEN[pid]} — "
                           f"{published} — совпадает с отмеченным в базе и этот список не учитывает.")
            notes.append((f"Memorial's transcription of the signatures names {EN_SIGNER[pid]}, but its database "
                          f"does not mark his signature on this list. {en_tail}",
                          f"В расшифровке подписей «Мемориала» назван {name}, но в базе данных его подпись на этом "
                          f"списке не отмечена. {ru_tail}"))
    return notes


def _compilers(row: dict[str, str], parts: list[dict[str, str]], makers: dict[str, str]) -> list[dict[str, str]]:
    texts = [makers.get(row["listmaker"], "")] + [p["podp_fin"] for p in parts]
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for text in texts:
        for piece in re.split(r"(?<=\)),\s*", text.strip()):
            piece = piece.strip()
            if not piece or piece in {"?", "0"}:
                continue
            surname = piece.split()[0].split("(")[0]
            if surname in seen:
                continue
            seen.add(surname)
            entry = {"name": piece}
            if surname in COMPILER_IDS:
                entry["person"] = COMPILER_IDS[surname]
            out.append(entry)
    return out


def _archive(row: dict[str, str]) -> str:
    pages = row["page1"] if row["page1"] == row["page2"] else f"{row['page1']}–{row['page2']}"
    return f"РГАСПИ ф. {row['fond']} оп. {row['opis']} д. {row['ed_hr']} л. {pages}"


def build(tables: Path) -> dict[str, list[dict[str, object]]]:
    """The records, by output file name."""
    lists = _read(tables / "lists.csv")
    sublists = _read(tables / "sublists.csv")
    makers = {r["listmakerid"]: r["listmakerfull"] for r in _read(tables / "lstmaker.csv")}
    groups = _read(tables / "groups.csv")
    if not groups or "grouptitle" not in groups[0]:
        msg = "groups.csv has no grouptitle column"
        raise ValueError(msg)
    parts_of: dict[str, list[dict[str, str]]] = {}
    for part in sorted(sublists, key=lambda s: (int(s["alistid"]), int(s["sublistnum"]), int(s["sublistid"]))):
        parts_of.setdefault(part["alistid"], []).append(part)
    real = [r for r in lists if r["reallist"] == "1"]
    flag_totals = {pid: sum(r[flag] == "1" for r in real) for flag, pid, _name in SIGNERS}
    missing: list[str] = []

    def tr(ru: str) -> str:
        try:
            return translate(ru)
        except ValueError as exc:
            missing.append(str(exc))
            return ""

    out: dict[str, list[dict[str, object]]] = {"lists_1937.yaml": [], "lists_1938.yaml": [], "lists_other.yaml": []}
    for row in sorted(real, key=lambda r: int(r["listid"])):
        parts = parts_of.get(row["listid"], [])
        date, notes = list_date(row, parts)
        notes += _signature_notes(row, flag_totals)
        kept = [p for p in parts if p["sublisttitle"].strip()
                or any(p[k] not in {"", "0"} for k in ("kat1count", "kat2count", "kat3count"))]
        if len(kept) < len(parts):
            notes.append(("Memorial's database gives no names or counts for this list.",
                          "В базе данных «Мемориала» для этого списка нет ни имён, ни чисел."))
        title_ru = " ".join(row["listtitle"].split())
        record: dict[str, object] = {
            "id": f"list-{row['listid']}", "memorial_id": int(row["listid"]), "date": date,
            "volume": int(row["tom"]), "archive": _archive(row),
            "title": {"en": tr(title_ru), "ru": title_ru},
            "signed_by": _signers(row), "signatures_text": " ".join(row["politsigns"].split()),
            "compiled_by": _compilers(row, parts, makers),
            "parts": [{"title": {"en": tr(p["sublisttitle"]), "ru": " ".join(p["sublisttitle"].split())},
                       "counts": {"first": int(p["kat1count"] or 0), "second": int(p["kat2count"] or 0),
                                  "third": int(p["kat3count"] or 0)}} for p in kept],
        }
        if notes:
            record["note"] = {"en": " ".join(en for en, _ in notes), "ru": " ".join(ru for _, ru in notes)}
        record["sources"] = [{"source": SOURCE, "detail": f"list {row['listid']}"}]
        year = date[:4] if date else ""
        out[f"lists_{year}.yaml" if year in {"1937", "1938"} else "lists_other.yaml"].append(record)
    if missing:
        raise ValueError("\n".join(sorted(set(missing))))
    return out


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ---- writing


def _q(value: object) -> str:
    """A YAML scalar: strings double-quoted (JSON escapes are valid YAML), numbers as they are."""
    return json.dumps(value, ensure_ascii=False)


def _flow(mapping: dict[str, object]) -> str:
    return "{" + ", ".join(f"{k}: {_flow(v) if isinstance(v, dict) else _q(v)}" for k, v in mapping.items()) + "}"


def render(records: list[dict[str, object]]) -> str:
    """The text of one data file."""
    lines = [MODELINE, "# Generated by scripts/import_stalin_lists.py from Memorial's database of Stalin's lists "
             "(stalin.memo.ru).", "# Do not edit by hand: change the script and run it again.", "shooting_lists:"]
    for rec in records:
        lines.append(f"  - id: {rec['id']}")
        lines.append(f"    memorial_id: {rec['memorial_id']}")
        if rec["date"]:
            lines.append(f"    date: {_q(rec['date'])}")
        lines.append(f"    volume: {rec['volume']}")
        lines.append(f"    archive: {_q(rec['archive'])}")
        title = rec["title"]
        assert isinstance(title, dict)
        lines += ["    title:", f"      en: {_q(title['en'])}", f"      ru: {_q(title['ru'])}"]
        lines.append(f"    signed_by: [{', '.join(rec['signed_by'])}]")  # type: ignore[arg-type]
        if rec["signatures_text"]:
            lines.append(f"    signatures_text: {_q(rec['signatures_text'])}")
        compilers = rec["compiled_by"]
        assert isinstance(compilers, list)
        if compilers:
            lines.append("    compiled_by:")
            lines += [f"      - {_flow(c)}" for c in compilers]
        parts = rec["parts"]
        assert isinstance(parts, list)
        lines.append("    parts:" if parts else "    parts: []")
        lines += [f"      - {_flow(p)}" for p in parts]
        if "note" in rec:
            note = rec["note"]
            assert isinstance(note, dict)
            lines += ["    note:", f"      en: {_q(note['en'])}", f"      ru: {_q(note['ru'])}"]
        lines.append(f"    sources: [{', '.join(_flow(s) for s in rec['sources'])}]")  # type: ignore[attr-defined]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Read the tables and write the YAML files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="tables", type=Path, required=True,
                        help="the folder with lists.csv, sublists.csv, lstmaker.csv and groups.csv")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write lists_*.yaml into")
    args = parser.parse_args(argv)
    try:
        files = build(args.tables)
    except (OSError, KeyError, ValueError) as exc:
        print(f"import_stalin_lists: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, records in files.items():
        (args.out / name).write_text(render(records), encoding="utf-8", newline="\n")
        print(f"{args.out / name}: {len(records)} lists")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
