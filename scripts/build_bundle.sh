#!/usr/bin/env bash
# Build the one-folder bundle for Linux with PyInstaller (docs/install.md): dist/purges-desktop/ holds the program
# `purges-desktop`, Python, Qt, the dataset, the fonts and the translations; dist/purges-desktop/share/ a .desktop
# file, the icon and the kiosk's systemd unit, pointing at PREFIX (default /opt/purges-desktop, where the folder is
# meant to be copied); and dist/purges-desktop-<version>-linux-<arch>.tar.gz packs the folder.
#   scripts/build_bundle.sh            # then: sudo cp -r dist/purges-desktop /opt/
#   PREFIX=$HOME/apps/purges-desktop scripts/build_bundle.sh
source "$(dirname "$0")/_python.sh"
ensure_venv "[bundle]"
prefix="${PREFIX:-/opt/purges-desktop}"
version="$(.venv/bin/python -c 'import purges_desktop; print(purges_desktop.__version__)')"
out=dist/purges-desktop
rm -rf build/bundle "$out"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/bundle \
    scripts/purges-desktop.spec
mkdir -p "$out/share"
QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icon.py resources/icons/purges-desktop.svg \
    "$out/share/purges-desktop.png" 256
cp resources/icons/purges-desktop.svg "$out/share/"
sed -e "s|@EXEC@|$prefix/purges-desktop|" -e "s|@ICON@|$prefix/share/purges-desktop.png|" \
    resources/linux/purges-desktop.desktop >"$out/share/purges-desktop.desktop"
sed -e "s|/opt/purges-desktop/.venv/bin/purges-desktop|$prefix/purges-desktop|" \
    docs/deploy/purges-kiosk.service >"$out/share/purges-kiosk.service"
# The bundle checks its own dataset before it is packed: a bundle that cannot read its data is not shipped.
"$out/purges-desktop" validate --strict >/dev/null
tar -C dist -czf "dist/purges-desktop-$version-linux-$(uname -m).tar.gz" purges-desktop
echo "$out"
