# SPDX-License-Identifier: GPL-3.0-or-later
"""What a good source record says: its kind, the work's author and year, and where it was read.

A source of the bibliography describes the *work* (an encyclopedia article, a book, an archive document). When the
copy that was read sits on another site (a mirror of Wikipedia, a site that reproduces books), that copy's address
goes in ``accessed_via`` and ``url`` keeps the work's own address, or stays empty.

This module holds the rules the validation applies (which kinds need an author and a year) and the list of known
mirrors (:data:`MIRRORS`), documented for curators in docs/curating.md. ``scripts/source_mirrors.py`` uses it to
find and fix sources that still cite a mirror.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote, urlsplit

from purges_desktop.domain.model import SourceKind


class MirrorKind(StrEnum):
    """What a known mirror copies."""

    WIKIPEDIA = "wikipedia"
    """Copies or machine translations of Wikipedia articles."""
    BOOKS = "books"
    """Sites that reproduce books (often without the publisher's leave)."""
    COPIES = "copies"
    """Aggregators that repost texts published elsewhere (news, articles, blog posts)."""


@dataclass(frozen=True, slots=True)
class Mirror:
    """A known mirror: a pattern of host names and what it copies.

    Attributes:
        pattern: a regular expression matched against the whole host name (lower case, without ``www.`` and port).
        kind: what it copies.
        titles: ``True`` when its addresses keep the original Wikipedia title, so that the article's own address can
            be derived from them (never for sites that translate titles).
        lang: the language of the one Wikipedia it copies ("" when it copies several).
    """

    pattern: str
    kind: MirrorKind
    titles: bool = False
    lang: str = ""


def _w(pattern: str, *, titles: bool = False, lang: str = "") -> Mirror:
    return Mirror(pattern, MirrorKind.WIKIPEDIA, titles, lang)


def _b(pattern: str) -> Mirror:
    return Mirror(pattern, MirrorKind.BOOKS)


def _c(pattern: str) -> Mirror:
    return Mirror(pattern, MirrorKind.COPIES)


#: Known mirrors. Wikipedia mirrors marked ``titles`` keep the article's title in their addresses; the others
#: translate titles or use numbers, so the original address cannot be derived from theirs.
MIRRORS: tuple[Mirror, ...] = (
    # copies and machine translations of Wikipedia
    _w(r"wiki-org\.ru", titles=True, lang="ru"), _w(r"[a-z]{2}\.wiki7\.org", titles=True),
    _w(r"wikisum\.wiki", titles=True, lang="en"), _w(r"[a-z]{2}\.zxc\.wiki"), _w(r"de\.wiki\.li", titles=True),
    _w(r"perceptio[a-z]{1,3}\.com", titles=True), _w(r"wikiwand\.com", titles=True),
    _w(r"piglix\.com", titles=True, lang="en"), _w(r"[a-z]{2}\.stringtranslate\.com"),
    _w(r"[a-z]{2,4}\.abcdef\.wiki"), _w(r"memim\.com"), _w(r"unsorted\.wikisort\.ru", titles=True, lang="ru"),
    _w(r"russianwiki\.com", titles=True, lang="ru"), _w(r"kampuspedia\.com"), _w(r"[a-z]{2}\.knowledgr\.com"),
    _w(r"knowledger\.de"), _w(r"theinfolist\.com", titles=True, lang="en"),
    _w(r"the-uncensored-wiki\.com", titles=True), _w(r"hmong\.[a-z.]+", titles=True), _c(r"wafarin\.com"),
    _w(r"profil(?:baru|pelajar)\.com"), _w(r"fanyv88\.com", titles=True),
    _w(r"wikirussya\.com", titles=True, lang="ru"), _w(r"arc\.ask3\.ru"),
    _w(r"infogalactic\.com", titles=True, lang="en"), _w(r"worddisk\.com", titles=True), _w(r"liquisearch\.com"),
    _w(r"academickids\.com", titles=True, lang="en"), _w(r"how\.com\.vn", titles=True),
    _w(r"a\.osmarks\.net", titles=True), _w(r"kiwix\.[a-z0-9.-]+", titles=True), _w(r"iiab\.me", titles=True),
    _w(r"wikipedia\.(?:jakami\.de|ddns\.net|bradmurray\.com)", titles=True), _w(r"[a-z-]+\.iwiki\.icu"),
    _w(r"[a-z]{2}\.teknopedia\.teknokrat\.ac\.id", titles=True), _w(r"[a-z]{2,4}\.qaz\.wiki"),
    _w(r"[a-z]{2}\.xcv\.wiki"), _w(r"[a-z]{2}\.frwiki\.wiki"), _w(r"[a-z]{2}\.qwe\.wiki"),
    _w(r"[a-z]{2}\.qwertyu\.wiki"), _w(r"[a-z]{2}(?:\.m)?\.wiki\.x\.io", titles=True),
    _w(r"rp\.liu233w\.com", titles=True), _w(r"mdsite\.deno\.dev"), _w(r"clever-geek\.imtqy\.com"),
    _w(r"de\.wikial\.top", titles=True), _w(r"dumps\.wikimedia\.your\.org"), _w(r"movatter\.jp", titles=True),
    _w(r"trans\.hiragana\.jp", titles=True), _w(r"melakarnets\.com", titles=True),
    _w(r"artikeldigital\.com", titles=True), _w(r"newton\.com\.tw"), _c(r"canonica\.ai"),
    _w(r"zhwiki\.oracleblog\.org", titles=True), _w(r"enwikipedia\.net", titles=True), _c(r"peoplepill\.com"),
    _w(r"findatwiki\.com", titles=True), _c(r"dictious\.com"), _c(r"[a-z]{2}\.boatexistence\.com"),
    _c(r"(?:[a-z]{2}\.)?vogueindustry\.com"), _c(r"[a-z]{2}\.mahnazmezon\.com"), _c(r"bg\.edgeare\.com"),
    _w(r"wiki\.alquds\.edu"), _w(r"wiki\.gen\.edu\.vn", titles=True), _w(r"[a-z]{2}\.qa\.edu\.vn", titles=True),
    _w(r"wiki\.riteme\.site", titles=True), _w(r"wiki\.richxsearch\.com", titles=True),
    _w(r"wiki\.studentb\.eu", titles=True), _w(r"wap\.bdmobi\.com", titles=True), _w(r"pwojczyn\.com", titles=True),
    _w(r"cloudflare-ipfs\.com", titles=True), _w(r"ipfs\.io", titles=True),
    _w(r"[a-z0-9]+\.ipfs\.dweb\.link", titles=True), _w(r"boysha\.eth\.limo", titles=True),
    _w(r"dnhewrhegkli\.shop", titles=True), _w(r"db0nus869y26v\.cloudfront\.net", titles=True),
    _w(r"encycloreader\.org", titles=True), _w(r"wikizero\.(?:net|org)", titles=True), _w(r"wiki2\.org", titles=True),
    _w(r"wiki4\.ru", titles=True), _w(r"wikicestina\.icu"), _w(r"wikiclassic\.com"), _w(r"wikide\.org"),
    _w(r"wikiland\.org"), _w(r"wikimili\.com", titles=True), _w(r"wikivisually\.com", titles=True),
    _c(r"wikienx\.com"), _w(r"wikiital\.com"), _w(r"[a-z]{2}\.wikiup\.org", titles=True), _w(r"ewiki[a-z]{2}\.top"),
    _w(r"thefullwiki\.org", titles=True, lang="en"),
    _w(r"(?:image\.)?absoluteastronomy\.com", titles=True, lang="en"),
    _w(r"self\.gutenberg\.org", titles=True, lang="en"), _w(r"wikipedia2006\.classicistranieri\.com"),
    _w(r"owiki\.org"), _w(r"vansd\.party"), _w(r"ipedia\.pro"), _w(r"jmediawiki\.org"), _w(r"polpedia\.pl"),
    _w(r"plwiki\.pl"), _c(r"grokipedia\.com"), _c(r"questionai\.com"), _w(r"rudata\.ru", titles=True),
    _w(r"defzone\.net", titles=True), _w(r"xn--b1aeclack5b4j\.su"), _w(r"talk\.dob\.jp"), _c(r"whoislog\.info"),
    _c(r"rallypoint\.com"), _c(r"reference\.com"), _c(r"ourtx\.com"),
    _w(r"[a-z-]+\.wikipedia-on-ipfs\.org", titles=True), _w(r"artikel\.siakadpt\.com", titles=True),
    _w(r"review\.clateway\.com", titles=True),
    # sites that reproduce books
    _b(r"[a-z]+\.bibliboba\.(?:online|com)"), _b(r"rulit\.me"), _b(r"litmir\.[a-z]+"), _b(r"knigochet\.com"),
    _b(r"readania\.com"), _b(r"[a-z]+\.wikireading\.ru"), _b(r"[a-z]+\.chitka\.online"), _b(r"hotlib\.net"),
    _b(r"litfond\.net"), _b(r"kniga-online\.[a-z]+"), _b(r"thelib\.ru"), _b(r"livebooks\.pro"), _b(r"fb2\.top"),
    _b(r"webreadme\.com"), _b(r"readnow\.me"), _b(r"readli\.[a-z]+"), _b(r"readboom\.net"),
    _b(r"pochitay-knigi\.com"), _b(r"chitay-knigi\.com"), _b(r"loveread\.[a-z]+"), _b(r"litresp\.ru"),
    _b(r"litlife\.club"), _b(r"litbaza\.com"), _b(r"libcat\.ru"), _b(r"knigaread\.com"), _b(r"[a-z]+\.bubooker\.vip"),
    _b(r"fb2gratis\.com"), _b(r"deepbiglib\.com"), _b(r"club-books\.ru"), _b(r"rutlib\.com"),
    _b(r"online-knigi\.org"), _b(r"onlinereadsfree\.com"), _b(r"itexts\.net"), _b(r"booksonline\.com\.ua"),
    _b(r"books\.sex-story\.org"), _b(r"all-library\.ru"), _b(r"knijky\.ru"), _b(r"erenow\.(?:org|net)"),
    _b(r"uchebnikfree\.com"), _b(r"flibusta\.club"), _b(r"fb2book\.info"), _b(r"bookz\.ru"), _b(r"bookreadfree\.com"),
    _b(r"bookhub\.club"), _b(r"bitlit\.ru"), _b(r"bibliotekaonline\.com"), _b(r"babook\.org"), _b(r"all-abooks\.com"),
    _b(r"mreadz\.net"), _b(r"my-library\.info"), _b(r"knizhkionline\.com"), _b(r"knizhka\.org"), _b(r"knigalub\.com"),
    _b(r"knigalit\.ru"), _b(r"knigafe\.ru"), _b(r"skachat-fb2\.com"), _b(r"librs\.net"), _b(r"litportal\.ru"),
    _b(r"chitaem-?online\.com"), _b(r"ebooker\.knigi\.in\.net"), _b(r"ebin\.pub"), _b(r"pdfdrive\.to"),
    _b(r"pdfslide\.net"), _b(r"paperzz\.com"), _b(r"docslib\.org"), _b(r"scibook\.net"), _b(r"traktatov\.net"),
    _b(r"online-biblioteka\.com"), _b(r"whosread\.com"), _b(r"many-books\.org"), _b(r"az-libr\.ru"),
    _b(r"coollib\.[a-z]+"), _b(r"royallib\.com"), _b(r"libking\.ru"), _b(r"e-reading\.[a-z]+"),
    # aggregators and reposts
    _c(r"newsland\.com"), _c(r"(?:[a-z0-9_-]+\.)?livejournal\.com"), _c(r"fishki\.net"), _c(r"postila\.ru"),
    _c(r"liveinternet\.ru"), _c(r"posts\.rusfinder\.pro"), _c(r"yangx\.top"), _c(r"looksrare\.store"),
    _c(r"1kingvape\.ru"), _c(r"brendoptom\.ru"), _c(r"avenir-condominium\.com"), _c(r"goingsolar\.com\.ua"),
    _c(r"pinkball\.loseyourip\.com"), _c(r"beltcria\.pages\.dev"), _c(r"rubin\.comtext\.space"),
    _c(r"[0-9]+\.[a-z0-9]+\.(?:asia|group)"), _c(r"softbeam\.net"), _c(r"refract\.global\.ssl\.fastly\.net"),
    _c(r"ve\.nowurthinking\.com"), _c(r"enow\.com"), _c(r"wn\.com"),
)
_COMPILED = tuple((re.compile(m.pattern), m) for m in MIRRORS)


def host_of(url: str) -> str:
    """The host name of ``url``: lower case, without ``www.``, a port or a final dot ("" when it has none)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").removeprefix("www.")


def mirror_of(url: str) -> Mirror | None:
    """The known mirror ``url`` points at, or ``None``."""
    host = host_of(url)
    if not host:
        return None
    for rx, mirror in _COMPILED:
        if rx.fullmatch(host):
            return mirror
    return None


# ---- the Wikipedia article behind a mirror's address

#: Languages of Wikipedia as the records name them -> the language code of its address.
WIKIPEDIA_LANGUAGES = {
    "English": "en", "Russian": "ru", "German": "de", "Ukrainian": "uk", "Polish": "pl", "French": "fr",
    "Italian": "it", "Spanish": "es", "Portuguese": "pt", "Belarusian": "be", "Swedish": "sv", "Czech": "cs",
    "Latvian": "lv", "Bulgarian": "bg", "Finnish": "fi", "Romanian": "ro", "Hungarian": "hu", "Dutch": "nl",
    "Japanese": "ja", "Chinese": "zh", "Georgian": "ka", "Armenian": "hy", "Lithuanian": "lt", "Estonian": "et",
    "Serbian": "sr", "Vietnamese": "vi", "Bashkir": "ba", "Danish": "da",
}
LANGUAGE_NAMES = {code: name for name, code in WIKIPEDIA_LANGUAGES.items()}
_EMBEDDED = re.compile(r"(?:https?[:/]+)?([a-z]{2,3}(?:-[a-z]+)?)\.(?:m\.)?wikipedia\.org\.?/wiki/([^?#&]+)")
_EMBEDDED_TITLE = re.compile(r"([a-z]{2,3})\.(?:m\.)?wikipedia\.org\.?/w/index\.php\?(?:.*&)?title=([^&#]+)")
_KIWIX = re.compile(r"wikipedia_([a-z]{2,3})_all[a-z_0-9-]*/(?:A/)?(?:html/(?:[^/]/){4})?([^?#]+?)(?:\.html)?$")
_LANG_SEGMENT = re.compile(r"^/(?:wiki/)?([a-z]{2}(?:-[a-z]+)?)/(?:articles/)?([^/?#]+)$")
_WIKI_PATH = re.compile(r"^/(?:wiki/|piglix/|page/|index\.php/|html/ALL/[^/]/[^/]/|info/|topics/|articles/eng/)?"
                        r"([^/?#]+?)(?:\.html)?/?$")
_ANY_WIKI_PATH = re.compile(r"/wiki/([^/?#]+?)(?:\.html)?/?$")
_UNCENSORED = re.compile(r"/(?:articles/)?(?:[^/]/){3}([^/]+?)_[0-9a-f]{4}\.html$")
_QUERY_TITLE = re.compile(r"[?&](?:q|FindGo|title)=([^&#]+)")


def wikipedia_language(text: str) -> str:
    """The language code of the Wikipedia a record's title or publisher names ("Russian Wikipedia", "Wikipedia
    (German)" …); "" when it names none or more than one."""
    found = {code for name, code in WIKIPEDIA_LANGUAGES.items()
             if re.search(rf"\b{name} Wikipedia\b|\bWikipedia \({name}\)|\bWikipedia, {name}\b", text)}
    return found.pop() if len(found) == 1 else ""


def _title(raw: str) -> str:
    title = unquote(unquote(raw)).replace("_", " ").replace("+", " ").strip()
    return title if title and not title.isdigit() and "/" not in title and len(title) > 1 else ""


def article_url(lang: str, title: str) -> str:
    """The canonical address of a Wikipedia article: ``https://<lang>.wikipedia.org/wiki/<Title>``."""
    return f"https://{lang}.wikipedia.org/wiki/{title.replace(' ', '_')}"


@dataclass(frozen=True, slots=True)
class Article:
    """A Wikipedia article: its language code and title."""

    lang: str
    title: str

    @property
    def url(self) -> str:
        """The article's canonical address."""
        return article_url(self.lang, self.title)


def wikipedia_article(url: str, lang_hint: str = "") -> Article | None:
    """The Wikipedia article a mirror's address shows, when the address itself carries the title.

    The language comes from the address (an embedded Wikipedia address, a Kiwix path ``wikipedia_ru_all…``, a
    language segment ``/ru/Title``) or else from ``lang_hint`` (what the record says it is, see
    :func:`wikipedia_language`). ``None`` when either cannot be derived: a mirror that translates titles, a numbered
    page, an unknown language. Never guesses.
    """
    decoded = unquote(url)
    for rx in (_EMBEDDED, _EMBEDDED_TITLE):
        found = rx.search(decoded)
        if found and (title := _title(found.group(2))):
            return Article(found.group(1), title)
    mirror = mirror_of(url)
    if mirror is None or mirror.kind is not MirrorKind.WIKIPEDIA or not mirror.titles:
        return None
    parts = urlsplit(url)
    path = parts.path
    if found := _KIWIX.search(path):
        return Article(found.group(1), t) if (t := _title(found.group(2))) else None
    if "uncensored" in parts.netloc and (found := _UNCENSORED.search(path)):
        return Article(lang_hint or "en", t) if lang_hint in ("", "en") and (t := _title(found.group(1))) else None
    if found := _LANG_SEGMENT.match(path):
        return Article(found.group(1), t) if (t := _title(found.group(2))) else None
    lang_hint = mirror.lang or lang_hint
    if not lang_hint:
        return None
    if found := _QUERY_TITLE.search(parts.query):
        return Article(lang_hint, t) if (t := _title(found.group(1))) else None
    if (found := _WIKI_PATH.match(path)) or (found := _ANY_WIKI_PATH.search(path)):
        return Article(lang_hint, t) if (t := _title(found.group(1))) else None
    return None


# ---- kinds, authors and years

#: The kinds the data used before the closed vocabulary, and the kind each became (``book`` and ``article`` were
#: decided record by record: a memoir, the press or a scholarly work; this is the default).
LEGACY_KINDS: dict[str, SourceKind] = {
    "book": SourceKind.SCHOLARLY,
    "article": SourceKind.SCHOLARLY,
    "archive": SourceKind.ARCHIVE,
    "encyclopedia": SourceKind.ENCYCLOPEDIA,
    "web": SourceKind.WEB,
}

#: Kinds whose citation needs an author: a scholarly work or a memoir always has one. Archive documents are
#: issued by an organ named in the title, press reports are often unsigned, encyclopedias and web pages cite the
#: work or site instead (Wikipedia's "Wikipedia contributors" is given by convention, not required).
NEEDS_AUTHOR = frozenset({SourceKind.SCHOLARLY, SourceKind.MEMOIR})
#: Kinds whose citation needs a year: the year of the edition, of the document or of the issue. Encyclopedias
#: online and web pages change without editions: their citation gives the date of access instead.
NEEDS_YEAR = frozenset({SourceKind.SCHOLARLY, SourceKind.MEMOIR, SourceKind.ARCHIVE, SourceKind.PRESS})


def missing_parts(kind: SourceKind | None, author: str, year: int | None) -> tuple[str, ...]:
    """What a source of ``kind`` lacks for a full citation: ``("author", "year")``, either, or nothing."""
    if kind is None:
        return ()
    return tuple(part for part, needed, given in (("author", kind in NEEDS_AUTHOR, bool(author.strip())),
                                                 ("year", kind in NEEDS_YEAR, year is not None))
                 if needed and not given)
