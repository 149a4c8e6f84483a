#!/usr/bin/env bash
# Runs the Windows build under wine (Debian's wine64): the core's own tests, among them the
# Windows-only ones (%APPDATA%, %WINDIR%\Fonts, the portable marker, Chinese and long paths);
# the demonstration office built into a data folder whose path has Chinese characters and
# spaces, every printed output checked against the Linux build's; and the installer from
# scripts/package-windows.sh: refused without WebView2, installed and uninstalled with it,
# the office's data left in place. Run package-windows.sh first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --for-windows
cd "$ROOT"

CHECK="$WINDOWS_OUT/check"
WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver
export WINEPREFIX="$WINDOWS_OUT/wine-prefix" WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko installer prompts; our ProcessPrng stand-in before wine's own DLL.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n,b"
WEBVIEW2_KEY='HKCU\Software\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}'
APP_NAME="推进委员会办公室工作台"

fail() { die "Windows 检查失败：$*"; }
win() { "$WINE" "$@"; }
win_env() { win cmd /c echo "%$1%" | tr -d '\r'; }
unix_path() { "$WINE" winepath -u "$1" 2>/dev/null | tr -d '\r'; }
windows_path() { "$WINE" winepath -w "$1" 2>/dev/null | tr -d '\r'; }

build_core() {
  build_windows_program
  say "编译 Windows 版核心测试（$WINDOWS_TARGET，release）"
  cargo test --release --locked --target "$WINDOWS_TARGET" -p committee-core --lib --no-run
}

prepare_wine() {
  if [[ ! -f "$WINEPREFIX/system.reg" ]]; then
    say "初始化 wine 环境（target/windows/wine-prefix）"
    win wineboot --init >/dev/null 2>&1 || true
    "$WINESERVER" -w
  fi
  # wine links the user's Desktop, Documents … to the Linux home folder; keep the installer's
  # shortcuts inside the prefix instead.
  local folder
  for folder in "$WINEPREFIX"/drive_c/users/*/{Desktop,Documents,Downloads,Music,Pictures,Videos,Templates}; do
    if [[ -L "$folder" ]]; then rm "$folder" && mkdir "$folder"; fi
  done
  local dll="$WINDOWS_OUT/bcryptprimitives.dll"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$dll" scripts/windows/bcryptprimitives.c -ladvapi32
  cp "$dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
}

run_core_tests() {
  say "在 wine 中运行核心测试（含 Windows 专有路径与字体的测试）"
  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$WINE" \
    cargo test --release --locked --target "$WINDOWS_TARGET" -p committee-core --lib
}

run_samples() {
  say "在 wine 中建立示范办公室并写出全部打印文件（中文、带空格的数据文件夹）"
  local data="$CHECK/办公室 数据/健康舞钢 样例"
  rm -rf "$CHECK"
  mkdir -p "$data"
  # Only the fonts the installer ships (and wine's own, which have none of ours): a release
  # build never looks into the build machine's folders.
  win "$WINDOWS_BUILD/examples/samples.exe" "$(windows_path "$data")" --fonts "$(windows_path "$WINDOWS_STAGE/fonts")" >/dev/null
  cargo run -q --locked -p committee-core --example samples -- "$CHECK/linux" >/dev/null
  cargo run -q --locked -p committee-core --example check_samples -- "$data" "$CHECK/linux"
}

# A folder inside the wine prefix, or the check stops: nothing outside it is ever removed.
in_prefix() {
  [[ "$1" == "$WINEPREFIX"/* ]] || fail "wine 给出的路径不在 wine 环境内：“$1”"
  echo "$1"
}
installed_dir() { in_prefix "$(unix_path "$(win_env LOCALAPPDATA)")/Programs/$APP_NAME"; }

forget_webview2() { win reg delete "$WEBVIEW2_KEY" /f >/dev/null 2>&1 || true; }

# Runs an installer or uninstaller silently; prints its exit code. (NSIS reads `_?=` only as
# the last argument.)
run_installer() {
  local program="$1" code=0
  shift
  win "$program" /S "$@" || code=$?
  "$WINESERVER" -w
  echo "$code"
}

# Runs the uninstaller in its folder, waiting for it (`_?=`), which keeps uninstall.exe there.
uninstall_from() {
  [[ "$(run_installer "$1/uninstall.exe" "_?=$(windows_path "$1")")" == 0 ]] || fail "卸载程序没有成功退出"
}

check_installer() {
  say "在 wine 中检查安装程序：缺少 WebView2 时拒绝安装；有则安装、卸载，数据保留"
  local installer dir data
  installer="$(ls "$WINDOWS_OUT"/committee-desk-*-setup.exe | head -n 1)"
  dir="$(installed_dir)"
  data="$(in_prefix "$(unix_path "$(win_env APPDATA)")/cn.committee-desk.app")"
  forget_webview2
  rm -rf "$dir"

  [[ "$(run_installer "$installer")" == 2 ]] || fail "没有 WebView2 时安装程序应以代码 2 退出"
  [[ ! -e "$dir/committee-desk.exe" ]] || fail "没有 WebView2 时不应安装任何文件"

  win reg add "$WEBVIEW2_KEY" /v pv /t REG_SZ /d 131.0.2903.70 /f >/dev/null
  [[ "$(run_installer "$installer")" == 0 ]] || fail "安装程序没有成功退出"
  for f in committee-desk.exe WebView2Loader.dll uninstall.exe LICENSE.txt fonts/NotoSerifSC-Bold.otf fonts/LICENSE-NotoCJK.txt; do
    [[ -f "$dir/$f" ]] || fail "安装后缺少 $f"
  done
  local desktop start_menu
  desktop="$(unix_path "$(win_env USERPROFILE)")/Desktop/$APP_NAME.lnk"
  start_menu="$(unix_path "$(win_env APPDATA)")/Microsoft/Windows/Start Menu/Programs/$APP_NAME.lnk"
  [[ -f "$desktop" ]] || fail "桌面上没有快捷方式"
  [[ -f "$start_menu" ]] || fail "开始菜单中没有快捷方式"

  mkdir -p "$data"
  echo "office data" >"$data/committee-desk.db"
  uninstall_from "$dir"
  [[ ! -e "$dir/committee-desk.exe" && ! -e "$dir/fonts" ]] || fail "卸载后程序文件仍在"
  rm -f "$dir/uninstall.exe"
  [[ ! -e "$desktop" && ! -e "$start_menu" ]] || fail "卸载后快捷方式仍在"
  [[ -f "$data/committee-desk.db" ]] || fail "卸载删除了办公室的数据"
  rm -rf "$data"
  forget_webview2
  echo "安装程序：缺少 WebView2 时拒绝安装；安装 6 个文件和 2 个快捷方式；卸载后数据保留"
}

# The installer carrying Microsoft's offline WebView2 installer (here a stand-in that registers
# the runtime as the real one does) runs it first where WebView2 is missing, then installs.
check_offline_webview2() {
  say "在 wine 中检查携带 WebView2 离线安装程序的安装程序：缺少时先装 WebView2，再安装本程序"
  local stand_in="$CHECK/webview2-stand-in.exe" setup="$CHECK/offline-webview2-setup.exe" dir
  x86_64-w64-mingw32-gcc -O2 -o "$stand_in" scripts/windows/webview2-stand-in.c -ladvapi32
  make_windows_installer "$setup" "$stand_in"
  dir="$(installed_dir)"
  forget_webview2
  rm -rf "$dir"
  [[ "$(run_installer "$setup")" == 0 ]] || fail "携带 WebView2 的安装程序没有成功退出"
  [[ -f "$dir/committee-desk.exe" ]] || fail "携带 WebView2 的安装程序没有安装本程序"
  win reg query "$WEBVIEW2_KEY" /v pv >/dev/null 2>&1 || fail "没有运行携带的 WebView2 安装程序"
  uninstall_from "$dir"
  rm -rf "$dir"
  forget_webview2
  echo "携带 WebView2 的安装程序：先运行 WebView2 安装程序，再安装本程序"
}

build_core
prepare_wine
run_core_tests
run_samples
check_installer
check_offline_webview2
say "Windows 检查通过"
