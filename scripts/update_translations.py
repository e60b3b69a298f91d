"""Collect every translatable string of the interface and update resources/translations/purges_<lang>.ts.

pyside6-lupdate cannot see calls inside f-strings, so this walks the source with ``ast`` instead:
``self.tr("…")`` (context: the enclosing class), ``tr("…")`` in a module that defines ``TR_CONTEXT``,
``QCoreApplication.translate("Ctx", "…")`` and ``QT_TRANSLATE_NOOP("Ctx", "…")``. Existing translations are kept;
new strings are added as unfinished; then ``pyside6-lrelease`` compiles the ``.qm`` next to it.

    .venv/bin/python scripts/update_translations.py [--check]
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "purges_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru",)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract() -> dict[tuple[str, str], str]:
    """``{(context, source): "file:line"}`` for every translatable string in the package."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_ctx = next((_literal(n.value) for n in tree.body if isinstance(n, ast.Assign)
                           and any(getattr(t, "id", "") == "TR_CONTEXT" for t in n.targets)), None)
        where = path.relative_to(ROOT).as_posix()
        for cls_node, node in _calls(tree):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "tr" and args and _literal(args[0]) is not None:
                if isinstance(func, ast.Attribute) and cls_node is not None:
                    ctx = cls_node.name
                elif isinstance(func, ast.Name) and module_ctx:
                    ctx = module_ctx
                else:
                    continue
                found.setdefault((ctx, _literal(args[0])), f"{where}:{node.lineno}")  # type: ignore[arg-type]
            elif name in {"translate", "QT_TRANSLATE_NOOP"} and len(args) >= 2:
                ctx, text = _literal(args[0]), _literal(args[1])
                if ctx and text:
                    found.setdefault((ctx, text), f"{where}:{node.lineno}")
    return found


def _calls(tree: ast.AST):
    def visit(node: ast.AST, cls: ast.ClassDef | None):
        for child in ast.iter_child_nodes(node):
            current = child if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                yield cls, child
            yield from visit(child, current)
    yield from visit(tree, None)


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """``{(context, source): (translation, finished)}`` from a .ts file."""
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    if not path.exists():
        return out
    for context in ET.parse(path).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            text = (tr.text or "") if tr is not None else ""
            finished = tr is not None and tr.get("type") not in {"unfinished", "obsolete", "vanished"} and bool(text)
            out[(ctx, message.findtext("source") or "")] = (text, finished)
    return out


def write_ts(path: Path, lang: str, strings: dict[tuple[str, str], str],
             existing: dict[tuple[str, str], tuple[str, bool]]) -> None:
    root = ET.Element("TS", version="2.1", language=lang)
    by_ctx: dict[str, list[str]] = {}
    for ctx, text in strings:
        by_ctx.setdefault(ctx, []).append(text)
    for ctx in sorted(by_ctx):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for text in sorted(by_ctx[ctx]):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "location", filename=strings[(ctx, text)].split(":")[0],
                          line=strings[(ctx, text)].split(":")[1])
            ET.SubElement(message, "source").text = text
            translation, finished = existing.get((ctx, text), ("", False))
            tr = ET.SubElement(message, "translation")
            tr.text = translation
            if not finished:
                tr.set("type", "unfinished")
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def lrelease(ts: Path) -> None:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    subprocess.run([exe, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing or unfinished strings")
    parser.add_argument("--fill", action="store_true", help="fill untranslated Russian strings from ru_strings.py")
    parser.add_argument("--update", action="store_true",
                        help="with --fill: also replace translations that ru_strings.py now gives differently")
    args = parser.parse_args()
    strings = extract()
    missing = 0
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"purges_{lang}.ts"
        existing = read_ts(ts)
        if args.fill and lang == "ru":
            sys.path.insert(0, str(Path(__file__).parent))
            from ru_strings import RU  # noqa: PLC0415

            for key in strings:
                done = existing.get(key, ("", False))[1]
                if key[1] in RU and (not done or (args.update and existing[key][0] != RU[key[1]])):
                    existing[key] = (RU[key[1]], True)
        todo = [k for k in strings if not existing.get(k, ("", False))[1]]
        missing += len(todo)
        for ctx, text in todo:
            print(f"{lang}: untranslated [{ctx}] {text!r} ({strings[(ctx, text)]})")  # noqa: T201
        if not args.check:
            TRANSLATIONS.mkdir(parents=True, exist_ok=True)
            write_ts(ts, lang, strings, existing)
            lrelease(ts)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
