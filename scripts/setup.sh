#!/usr/bin/env bash
# Installs what committee-desk needs on Debian 12 / Ubuntu and is missing, then builds the UI.
# Sourced by run.sh, test.sh and package-windows.sh; `--for-tests` also installs what the test
# layers need, `--for-windows` what cross-builds and checks the Windows program (test.sh does both).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FOR_TESTS=0
FOR_WINDOWS=0
for arg in "$@"; do
  case "$arg" in
    --for-tests) FOR_TESTS=1 ;;
    --for-windows) FOR_WINDOWS=1 ;;
  esac
done

# The desktop shell (WebKitGTK), fonts that show Chinese, and the tools scripts/test.sh uses.
APP_PACKAGES=(build-essential pkg-config file libssl-dev libwebkit2gtk-4.1-dev libxdo-dev
  libayatana-appindicator3-dev librsvg2-dev fonts-noto-cjk fonts-lxgw-wenkai fonts-dejavu-core)
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver poppler-utils dbus-daemon)
# The mingw-w64 cross toolchain, NSIS, wine to run the Windows build, fonttools to cut the
# bundled font down to its Simplified Chinese face.
WINDOWS_PACKAGES=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis wine64 fonttools fonts-noto-cjk poppler-utils)
WINDOWS_TARGET=x86_64-pc-windows-gnu
# Where package-windows.sh builds and writes, and test-windows.sh reads.
WINDOWS_BUILD="$ROOT/target/$WINDOWS_TARGET/release"
WINDOWS_OUT="$ROOT/target/windows"
WINDOWS_STAGE="$WINDOWS_OUT/stage"

say() { printf '\033[1;34m==>\033[0m %s \033[2m%s\033[0m\n' "$*" "$(date +%H:%M:%S)"; }
die() { printf '\033[1;31m错误：\033[0m%s\n' "$*" >&2; exit 1; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_apt_packages() {
  local wanted=("${APP_PACKAGES[@]}") missing=()
  (( FOR_TESTS )) && wanted+=("${TEST_PACKAGES[@]}")
  (( FOR_WINDOWS )) && wanted+=("${WINDOWS_PACKAGES[@]}")
  command -v node >/dev/null || wanted+=(nodejs npm)
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  (( ${#missing[@]} == 0 )) && return
  say "安装系统软件包：${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

check_toolchains() {
  command -v cargo >/dev/null || die "没有找到 Rust（cargo）。请先按 https://rustup.rs 安装 Rust 1.89 或更新版本。"
  local major minor
  IFS=. read -r major minor _ < <(node --version | tr -d v)
  if (( major < 20 || (major == 20 && minor < 19) )); then
    die "界面构建需要 Node.js 20.19 或更新版本，当前是 $(node --version)。"
  fi
}

install_npm_packages() {
  cd "$ROOT/ui"
  # npm ci only when the lock file changed since the last install: it deletes node_modules first.
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    say "安装界面依赖（npm ci）"
    npm ci --no-audit --no-fund
  fi
  cd "$ROOT"
}

install_tauri_driver() {
  command -v tauri-driver >/dev/null && return
  say "安装 tauri-driver（端到端测试用）"
  cargo install tauri-driver --version '^2' --locked
}

install_windows_target() {
  rustup target list --installed | grep -qx "$WINDOWS_TARGET" && return
  say "安装 Rust 的 Windows 目标（$WINDOWS_TARGET）"
  rustup target add "$WINDOWS_TARGET"
}

# The Windows program, and the samples example that test-windows.sh runs under wine, in one
# build: built apart, each would compile the shared dependencies with its own features.
build_windows_program() {
  say "编译 Windows 程序与示例（$WINDOWS_TARGET，release）"
  cargo build --release --locked --target "$WINDOWS_TARGET" \
    -p committee-desk --bin committee-desk -p committee-core --example samples
}

program_version() {
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$ROOT/src-tauri/tauri.conf.json"
}

# The NSIS installer of the staged program (package-windows.sh stages it):
# make_windows_installer OUTFILE [OFFLINE_WEBVIEW2_INSTALLER]
make_windows_installer() {
  local version extra=()
  version="$(program_version)"
  [[ -n "${2:-}" ]] && extra+=("-DWEBVIEW2_INSTALLER=$(realpath "$2")")
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSTAGE="$WINDOWS_STAGE" -DOUTFILE="$1" \
    -DICON="$ROOT/src-tauri/icons/icon.ico" "${extra[@]}" "$ROOT/scripts/windows/installer.nsi"
}

# Only when a source changed: a rebuilt ui/dist, even the same, makes cargo rebuild the program
# that embeds it (minutes, for the Windows release build).
build_ui() {
  local built="$ROOT/ui/dist/index.html" ui="$ROOT/ui"
  # (Vite and Vitest rewrite the two declaration files their plugins generate on every run.)
  if [[ -f "$built" ]] && [[ -z "$(find "$ui/src" "$ui/public" "$ui/index.html" "$ui"/*.ts "$ui"/*.json \
    -newer "$built" ! -name auto-imports.d.ts ! -name components.d.ts -print -quit 2>/dev/null)" ]]; then
    return
  fi
  say "构建界面（ui/dist）"
  npm --prefix "$ui" run build --silent
}

install_apt_packages
check_toolchains
install_npm_packages
(( FOR_TESTS )) && install_tauri_driver
(( FOR_WINDOWS )) && install_windows_target
build_ui
