#!/usr/bin/env bash
# Regenerate every screenshot in docs/screenshots with the app's own screenshot command (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
OUT=docs/screenshots
rm -rf "$OUT" && mkdir -p "$OUT"
shot() { QT_QPA_PLATFORM=offscreen $PY main.py screenshot --out "$OUT" "$@" 2>/dev/null; }
for size in 1366x768 1920x1080; do
  for lang in en ru; do
    shot --size "$size" --lang "$lang"
    shot --size "$size" --lang "$lang" --open person/bukharin --search "Buch"
    shot --size "$size" --lang "$lang" --open trial/trial-1938
    shot --size "$size" --lang "$lang" --open body/politburo@1934-12-01
    shot --size "$size" --lang "$lang" --open body/politburo@1939-01-01
    shot --size "$size" --lang "$lang" --open event/order-00447 --years 1936-1938
    for section in by-year lists congress-1934 operations; do
      shot --size "$size" --lang "$lang" --open "numbers/$section"
    done
    shot --size "$size" --lang "$lang" --open list/list-92
    shot --size "$size" --lang "$lang" --open source/memorial-stalin-lists
    shot --size "$size" --lang "$lang" --open map
  done
done
# What a student compares, finds and cites (laptop size).
for lang in en ru; do
  shot --lang "$lang" --open organization/compare
  shot --lang "$lang" --open people --compare zinoviev,kamenev
  shot --lang "$lang" --open story/great-terror-in-ten-steps
  shot --lang "$lang" --open person/yezhov --term nkvd
  shot --lang "$lang" --open term/troika
  mkdir -p "$OUT/find-$lang" && shot --lang "$lang" --open people --find "Bucharin" --out "$OUT/find-$lang" \
    && mv "$OUT/find-$lang/people-$lang-1366x768.png" "$OUT/search-bucharin-$lang-1366x768.png" && rm -r "$OUT/find-$lang"
done
# A page saved as PDF, its first page drawn by poppler's pdftoppm (when installed).
if command -v pdftoppm >/dev/null; then
  for lang in en ru; do
    tmp="$(mktemp -d)"
    QT_QPA_PLATFORM=offscreen $PY main.py pdf person/bukharin --lang "$lang" --out "$tmp/page.pdf" >/dev/null 2>&1
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$tmp/page.pdf" "$OUT/pdf-person-bukharin-$lang-page1"
    rm -r "$tmp"
  done
fi
for lang in en ru; do
  shot --kiosk --size 1920x1080 --lang "$lang"
  for target in numbers/by-year numbers/lists numbers/congress-1934 list/list-92 map story/yagoda-yezhov-beria; do
    shot --kiosk --size 1920x1080 --lang "$lang" --open "$target"
  done
  shot --kiosk --size 1920x1080 --lang "$lang" --open person/yezhov --term nkvd
  for target in attract home; do
    shot --kiosk --size 1024x768 --lang "$lang" --open "$target"
  done
done
# The curator's problems panel, on a copy of the tiny dataset with one mistake of many kinds.
shot --data tests/fixtures/broken_dataset --open person/yezhov
mv "$OUT/person-yezhov-en-1366x768.png" "$OUT/problems-panel-en-1366x768.png"
