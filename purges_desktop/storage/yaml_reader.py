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


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """Decode a data file's bytes as UTF-8 (a BOM, UTF-16 with a BOM, are accepted)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
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
