#!/usr/bin/env bash
# Runs every test layer: formatting and lints, core and shell tests in Rust, UI component tests,
# a short crash test, the Windows build (installer and portable zip, then run under wine), then the end-to-end tests
# against the real desktop binary under Xvfb.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --for-tests --for-windows
cd "$ROOT"

say "格式与静态检查"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
npm --prefix ui run --silent typecheck
npm --prefix ui run --silent lint

say "界面组件测试（Vitest）"
npm --prefix ui run --silent test

say "核心与桌面外壳测试"
cargo test --workspace --exclude committee-e2e --locked

say "崩溃测试（短）：写入途中强行结束程序，已保存的内容一条不少"
# The full run is `--release … --rounds 1000`; this short one keeps CI quick.
cargo run -q -p committee-core --example crash_test --locked -- --rounds 40
say "恢复崩溃测试（短）：恢复途中强行结束程序，数据与附件要么全是原来的，要么全是备份中的"
cargo run -q -p committee-core --example restore_crash_test --locked -- --rounds 20

say "示例文件（target/samples：每种打印输出各一份，供查看）"
cargo run -q -p committee-core --example samples --locked -- target/samples

say "Windows 安装程序与便携版（target/windows）"
bash scripts/package-windows.sh
bash scripts/test-windows.sh

say "端到端测试（Xvfb + tauri-driver）"
# Built on its own so the app has the same features it ships with (tests enable tauri's "test").
cargo build -p committee-desk --locked
xvfb-run -a -s "-screen 0 1366x860x24" cargo test -p committee-e2e --locked

say "全部测试通过"
