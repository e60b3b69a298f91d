# SPDX-License-Identifier: GPL-3.0-or-later
"""A strict, safe YAML reader for curator-edited files.

It reads YAML with libyaml where available and never raises for bad input: every problem comes back as a
:class:`~purges_desktop.domain.problems.Problem` with a ``file:line:column``. Compared with ``yaml.safe_load``:

- no implicit dates (``1937-07-30`` stays a string: historical dates are parsed by our own date type),
- only ``true``/``false`` are booleans (``no`` stays a string, as in YAML 1.2 and the curator's editor),
- only decimal integers (``012`` is not octal, ``1:20`` is not base 60),
- duplicate keys are reported (the first value is kept),
- aliases are refused (no alias bombs), nesting and sizes are capped,
- plain ``ValueError``/``RecursionError`` from PyYAML are turned into located problems.

Mappings come back as :class:`PosDict` and sequences as :class:`PosList`, which remember where each value stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

import yaml

from purges_desktop.domain.problems import Origin, Problem, Severity

if TYPE_CHECKING:
    from collections.abc import Hashable

try:  # libyaml's parser is several times faster; the pure-Python one is identical in behaviour here.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
MAX_SCALAR_CHARS = 100_000


class PosDict(dict):  # type: ignore[type-arg]
    """A mapping that remembers its own position and the position of each key.

    Attributes:
        pos: ``(line, column)`` of the mapping, 1-based.
        key_pos: ``{key: (line, column)}`` for each key.
        value_pos: ``{key: (line, column)}`` for each value.
    """

    pos: tuple[int, int]
    key_pos: dict[Any, tuple[int, int]]
    value_pos: dict[Any, tuple[int, int]]


class PosList(list):  # type: ignore[type-arg]
    """A sequence that remembers its own position and the position of each item."""

    pos: tuple[int, int]
    item_pos: list[tuple[int, int]]


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """CSafeLoader with YAML-1.2-like typing, duplicate-key and alias detection, positions."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}

    def __init__(self, stream: str, file: str) -> None:
        super().__init__(stream)
        self.file = file
        self.problems: list[Problem] = []
        self._depth = 0

    def problem(self, pos: tuple[int, int], message: str, code: str,
                severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(Origin(self.file, *pos), severity, message, code))

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:  # noqa: ARG002 - always deep
        if node in self.constructed_objects:
            self.problem(_mark(node), "aliases (*name) are not allowed in the data files; "
                         "write the value out in full", "alias")
            return None
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                self.problem(_mark(node), f"nesting deeper than {MAX_DEPTH} levels", "too-deep")
                return None
            return super().construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError) as exc:
            self.problem(_mark(node), f"cannot read this value: {exc}", "bad-value")
            return None
        finally:
            self._depth -= 1

    def construct_yaml_str(self, node: yaml.Node) -> str:
        value: str = self.construct_scalar(node)
        if len(value) > MAX_SCALAR_CHARS:
            self.problem(_mark(node), f"text of {len(value):,} characters is longer than the limit of "
                         f"{MAX_SCALAR_CHARS:,}; it was cut", "too-long", Severity.WARNING)
            return value[:MAX_SCALAR_CHARS]
        return value

    def construct_pos_mapping(self, node: yaml.MappingNode) -> PosDict:
        result = PosDict()
        result.pos = _mark(node)
        result.key_pos = {}
        result.value_pos = {}
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
            if not isinstance(key, str | int | float | bool | type(None)):
                self.problem(_mark(key_node), "a key must be a plain word", "bad-key")
                continue
            hashable_key: Hashable = key
            if hashable_key in result:
                first = result.key_pos[hashable_key]
                self.problem(_mark(key_node), f"duplicate key {key!r} (first defined on line {first[0]}); "
                             "the second value is ignored", "duplicate-key")
                continue
            result[hashable_key] = self.construct_object(value_node)
            result.key_pos[hashable_key] = _mark(key_node)
            result.value_pos[hashable_key] = _mark(value_node)
        return result

    def construct_pos_sequence(self, node: yaml.SequenceNode) -> PosList:
        result = PosList(self.construct_object(child) for child in node.value)
        result.pos = _mark(node)
        result.item_pos = [_mark(child) for child in node.value]
        return result


# Resolvers: copy, never mutate PyYAML's shared tables.
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"), list("-+0123456789."))
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
_StrictLoader.add_constructor("tag:yaml.org,2002:str", _StrictLoader.construct_yaml_str)
_StrictLoader.add_constructor("tag:yaml.org,2002:map", _StrictLoader.construct_pos_mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:seq", _StrictLoader.construct_pos_sequence)
# Dates and timestamps written with an explicit tag are read as plain text too.
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_str)

_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like UTF-16 text without a byte order mark (YAML is
    mostly ASCII: then every other byte is zero), else ``None``."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """Decode a data file's bytes as UTF-8 (a BOM, UTF-16 with a BOM, are accepted)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            return text, [Problem(Origin(file, 1, 1), Severity.WARNING, "the file is saved as UTF-16 without a byte "
                                  "order mark; it was read, but save it as UTF-8 in your editor", "encoding")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        message = (f"the file is not UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start}); "
                   "save it as UTF-8 in your editor")
        return None, [Problem(Origin(file, line, column), Severity.ERROR, message, "encoding")]


def read_yaml(text: str, file: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML document. Never raises; problems are returned with positions.

    Returns:
        the data (``None`` when the file could not be read at all) and the problems.
    """
    tab = _TAB_INDENT.search(text)
    if tab is not None:
        line = text.count("\n", 0, tab.start()) + 1
        column = tab.end() - tab.start()
        return None, [Problem(Origin(file, line, column), Severity.ERROR,
                              "a tab character is used for indentation; YAML allows only spaces", "tab")]
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        return None, [Problem(Origin(file, line, 1), Severity.ERROR,
                              "the file contains a NUL character: is it a binary file?", "binary")]
    try:
        return _read_plain(text, file)
    except _NotPlainError:
        pass  # anchors, tags, nesting too deep, a syntax error …: the full reader below says what is wrong
    loader = _StrictLoader(text, file)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        ctx = exc.context_mark
        if ctx is not None and mark is not None and ctx.line != mark.line:
            what += f" (it started on line {ctx.line + 1}, column {ctx.column + 1})"
        return None, [*loader.problems,
                      Problem(Origin(file, *pos), Severity.ERROR, f"YAML syntax: {what}", "syntax")]
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow: say where it is
        offset = exc.position if 0 <= exc.position <= len(text) else 0
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        return None, [*loader.problems, Problem(
            Origin(file, line, column), Severity.ERROR, f"the character U+{ord(char):04X} ({exc.reason}) is not "
            "allowed in a YAML file; delete it (an invisible character pasted with the text?)", "syntax")]
    except yaml.YAMLError as exc:
        return None, [*loader.problems, Problem(Origin(file, 0, 0), Severity.ERROR,
                                                f"YAML: {exc}", "syntax")]
    except RecursionError:
        line = _deepest_line(text)
        return None, [Problem(Origin(file, line, 1), Severity.ERROR,
                              f"nesting deeper than {MAX_DEPTH} levels", "too-deep")]
    finally:
        loader.dispose()
    return data, loader.problems


class _NotPlainError(Exception):
    """The document uses something :func:`_read_plain` leaves to the full reader."""


_STR_TAG = "tag:yaml.org,2002:str"
#: Texts up to this long are kept once per file however often they occur (memory: benchmarks/README.md).
_SHARED_MAX = 40
_MAP, _SEQ = 0, 1
_NO_KEY = object()


def _read_plain(text: str, file: str) -> tuple[Any, list[Problem]]:
    """Read a document from libyaml's events, giving exactly what :class:`_StrictLoader` gives for it.

    Curators' files are plain YAML: no anchors, aliases or tags, no keys that are mappings, not deeply nested. For
    those, building the values straight from the parser's events is about twice as fast as composing nodes and
    constructing from them (benchmarks/README.md). Anything else, including any syntax error, raises
    :class:`_NotPlainError` and the caller reads the text again with the full reader, whose messages are kept.
    """
    parser = _BaseLoader(text)
    problems: list[Problem] = []
    shared: dict[str, str] = {}
    resolvers = _StrictLoader.yaml_implicit_resolvers
    bools = _StrictLoader.bool_values
    scalar_event, map_start, map_end = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent
    seq_start, seq_end = yaml.SequenceStartEvent, yaml.SequenceEndEvent
    get = parser.get_event
    try:
        if type(get()) is not yaml.StreamStartEvent:
            raise _NotPlainError
        event = get()
        if type(event) is yaml.StreamEndEvent:
            return None, problems
        if type(event) is not yaml.DocumentStartEvent:
            raise _NotPlainError
        stack: list[list[Any]] = []  # [container, _MAP or _SEQ, pending key, its position]
        while True:
            event = get()
            kind = type(event)
            if kind is not map_end and kind is not seq_end and getattr(event, "anchor", None) is not None:
                raise _NotPlainError
            if kind is scalar_event:
                if event.tag is not None:
                    raise _NotPlainError
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                value: Any = event.value
                tag = _STR_TAG
                if event.implicit[0]:
                    for candidate, regexp in resolvers.get(value[0] if value else "", ()):
                        if regexp.match(value):
                            tag = candidate
                            break
                if tag == _STR_TAG:
                    if len(value) <= _SHARED_MAX:  # ids, references, language codes, places, dates: one copy each
                        value = shared.setdefault(value, value)
                    elif len(value) > MAX_SCALAR_CHARS:
                        problems.append(Problem(Origin(file, *pos), Severity.WARNING,
                                                f"text of {len(value):,} characters is longer than the limit of "
                                                f"{MAX_SCALAR_CHARS:,}; it was cut", "too-long"))
                        value = value[:MAX_SCALAR_CHARS]
                elif tag == "tag:yaml.org,2002:int":
                    try:
                        value = int(value)
                    except ValueError:
                        raise _NotPlainError from None  # more digits than Python reads: the full reader says so
                elif tag == "tag:yaml.org,2002:float":
                    value = float(value)
                elif tag == "tag:yaml.org,2002:bool":
                    value = bools[value.lower()]
                else:
                    value = None
            elif kind is map_start or kind is seq_start:
                if event.tag is not None or len(stack) >= MAX_DEPTH - 1 or (stack and stack[-1][1] == _MAP
                                                                              and stack[-1][2] is _NO_KEY):
                    raise _NotPlainError  # a tag, too deep, or a mapping or list used as a key
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                if kind is map_start:
                    container: Any = PosDict()
                    container.key_pos = {}
                    container.value_pos = {}
                    stack.append([container, _MAP, _NO_KEY, None])
                else:
                    container = PosList()
                    container.item_pos = []
                    stack.append([container, _SEQ, None, None])
                container.pos = pos
                continue
            elif kind is map_end or kind is seq_end:
                value = stack.pop()[0]
                pos = value.pos
            else:
                raise _NotPlainError  # an alias, or a second document
            if not stack:
                break
            frame = stack[-1]
            if frame[1] == _SEQ:
                frame[0].append(value)
                frame[0].item_pos.append(pos)
            elif frame[2] is _NO_KEY:
                mapping = frame[0]
                if value in mapping:
                    first = mapping.key_pos[value]
                    problems.append(Problem(Origin(file, *pos), Severity.ERROR,
                                            f"duplicate key {value!r} (first defined on line {first[0]}); "
                                            "the second value is ignored", "duplicate-key"))
                    _skip_node(get)
                else:
                    frame[2] = value
                    frame[3] = pos
            else:
                mapping, key = frame[0], frame[2]
                mapping[key] = value
                mapping.key_pos[key] = frame[3]
                mapping.value_pos[key] = pos
                frame[2] = _NO_KEY
        if type(get()) is not yaml.DocumentEndEvent or type(get()) is not yaml.StreamEndEvent:
            raise _NotPlainError
        return value, problems
    except yaml.YAMLError:
        raise _NotPlainError from None
    finally:
        parser.dispose()


def _skip_node(get: Any) -> None:
    """Read past the events of one node (the value of a duplicate key, which is not read)."""
    depth = 0
    while True:
        event = get()
        kind = type(event)
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.tag is not None or event.anchor is not None:
                raise _NotPlainError
            depth += 1
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            depth -= 1
        elif kind is yaml.ScalarEvent:
            if event.tag is not None or event.anchor is not None:
                raise _NotPlainError
        else:  # an alias
            raise _NotPlainError
        if depth == 0:
            return


def _deepest_line(text: str) -> int:
    """The line where bracket or indentation nesting first passes :data:`MAX_DEPTH` (for the message)."""
    depth = 0
    line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif ch in "]}":
            depth -= 1
    return 1
