#!/usr/bin/env bash
# Cross-builds the Windows program on Debian 12 and packs it into target/windows/:
#   committee-desk-VERSION-setup.exe     the NSIS installer (Chinese, per user, no admin rights)
#   committee-desk-VERSION-portable.zip  the same program with the `portable` marker and 使用说明.txt
# WEBVIEW2_INSTALLER=path/to/MicrosoftEdgeWebView2RuntimeInstallerX64.exe carries Microsoft's
# offline WebView2 installer inside the installer, to be run where the runtime is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --for-windows
cd "$ROOT"

VERSION="$(program_version)"
APP_DIR="推进委员会办公室工作台"
INSTALLER="$WINDOWS_OUT/committee-desk-$VERSION-setup.exe"
PORTABLE="$WINDOWS_OUT/committee-desk-$VERSION-portable.zip"
# Noto Serif CJK Bold, cut down to its Simplified Chinese face: the title font. Windows has
# 仿宋, 黑体, 楷体 and 宋体 for the other roles, so their open stand-ins are not shipped.
TITLE_FONT_SOURCE=/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc
TITLE_FONT="$WINDOWS_OUT/fonts/NotoSerifSC-Bold.otf"

title_font() {
  [[ -f "$TITLE_FONT" && "$TITLE_FONT" -nt "$TITLE_FONT_SOURCE" ]] && return
  say "从 Noto Serif CJK 提取简体中文粗体（NotoSerifSC-Bold.otf）"
  mkdir -p "$(dirname "$TITLE_FONT")"
  # Face 2 of the collection is SC. Every character it maps, no layout features or hinting:
  # the print engine places glyphs itself.
  pyftsubset "$TITLE_FONT_SOURCE" --font-number=2 --unicodes='*' --layout-features='' \
    --no-hinting --name-IDs='*' --name-languages='*' --output-file="$TITLE_FONT.part"
  mv "$TITLE_FONT.part" "$TITLE_FONT"
}

# Text for Notepad: UTF-8 with a byte-order mark and CRLF line ends.
windows_text() {
  python3 -c 'import sys; t=open(sys.argv[1],encoding="utf-8").read().replace("\n","\r\n"); open(sys.argv[2],"w",encoding="utf-8-sig",newline="").write(t)' "$1" "$2"
}

stage_program() {
  say "整理安装文件（target/windows/stage）"
  rm -rf "$WINDOWS_STAGE"
  mkdir -p "$WINDOWS_STAGE/fonts"
  cp "$WINDOWS_BUILD/committee-desk.exe" "$WINDOWS_STAGE/"
  # The windows-gnu build loads WebView2Loader.dll at run time; webview2-com-sys ships it.
  local loader
  loader="$(ls -t "$WINDOWS_BUILD"/build/webview2-com-sys-*/out/x64/WebView2Loader.dll | head -n 1)"
  cp "$loader" "$WINDOWS_STAGE/"
  cp "$TITLE_FONT" "$WINDOWS_STAGE/fonts/"
  windows_text assets/fonts/LICENSE-NotoCJK.txt "$WINDOWS_STAGE/fonts/LICENSE-NotoCJK.txt"
  windows_text scripts/windows/LICENSE.txt "$WINDOWS_STAGE/LICENSE.txt"
}

make_installer() {
  say "生成安装程序（makensis）"
  make_windows_installer "$INSTALLER" "${WEBVIEW2_INSTALLER:-}"
}

make_portable() {
  say "生成便携版（zip）"
  windows_text scripts/windows/使用说明.txt "$WINDOWS_OUT/使用说明.txt"
  # Python's zipfile marks non-ASCII names as UTF-8, which Windows' own zip folders read.
  python3 - "$WINDOWS_STAGE" "$WINDOWS_OUT/使用说明.txt" "$APP_DIR" "$PORTABLE" <<'PY'
import os, sys, zipfile
stage, readme, top, out = sys.argv[1:]
with zipfile.ZipFile(out + ".part", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for folder, _, files in os.walk(stage):
        for name in sorted(files):
            path = os.path.join(folder, name)
            z.write(path, os.path.join(top, os.path.relpath(path, stage)))
    z.write(readme, f"{top}/使用说明.txt")
    z.writestr(f"{top}/portable", "")
os.replace(out + ".part", out)
PY
}

report_sizes() {
  say "Windows 文件（target/windows）"
  local f
  for f in "$INSTALLER" "$PORTABLE" "$WINDOWS_STAGE/committee-desk.exe" "$WINDOWS_STAGE/WebView2Loader.dll" "$WINDOWS_STAGE/fonts/NotoSerifSC-Bold.otf"; do
    printf '  %8s  %s\n' "$(du -h "$f" | cut -f1)" "${f#"$ROOT/"}"
  done
}

mkdir -p "$WINDOWS_OUT"
# Only this version's files stay, so that test-windows.sh checks the ones just made.
rm -f "$WINDOWS_OUT"/committee-desk-*-setup.exe "$WINDOWS_OUT"/committee-desk-*-portable.zip
build_windows_program
title_font
stage_program
make_installer
make_portable
report_sizes
