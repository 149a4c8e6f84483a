# Windows twin of test.sh, without the end-to-end layer (it needs Xvfb and WebKitWebDriver,
# which exist on Linux only; CI runs it there).
. (Join-Path $PSScriptRoot 'setup.ps1')
Set-Location $Root
Say '格式与静态检查'
Invoke-Checked cargo fmt --all --check
Invoke-Checked cargo clippy --workspace --all-targets --locked -- -D warnings
Invoke-Checked npm --prefix ui run --silent typecheck
Invoke-Checked npm --prefix ui run --silent lint
Say '界面组件测试（Vitest）'
Invoke-Checked npm --prefix ui run --silent test
Say '核心与桌面外壳测试'
Invoke-Checked cargo test --workspace --exclude committee-e2e --locked
Say '全部测试通过'
