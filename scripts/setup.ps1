# Windows twin of setup.sh: checks the toolchains, installs the UI packages, builds ui/dist.
# Dot-sourced by run.ps1 and test.ps1. WebView2 ships with Windows 10/11.
$ErrorActionPreference = 'Stop'
$Root = Split-Path -Parent $PSScriptRoot

function Say($text) { Write-Host "==> $text" -ForegroundColor Cyan }
function Invoke-Checked {
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "命令失败：$($args -join ' ')" }
}

if (-not (Get-Command cargo -ErrorAction SilentlyContinue)) {
    throw '没有找到 Rust（cargo）。请先按 https://rustup.rs 安装 Rust 1.89 或更新版本（MSVC 工具链）。'
}
if (-not (Get-Command node -ErrorAction SilentlyContinue)) {
    throw '没有找到 Node.js。请安装 Node.js 20.19 或更新版本。'
}
$nodeVersion = [version]((node --version).TrimStart('v'))
if ($nodeVersion -lt [version]'20.19.0') {
    throw "界面构建需要 Node.js 20.19 或更新版本，当前是 $nodeVersion。"
}

$ui = Join-Path $Root 'ui'
$stamp = Join-Path $ui 'node_modules/.package-lock.json'
$lock = Join-Path $ui 'package-lock.json'
if (-not (Test-Path $stamp) -or (Get-Item $lock).LastWriteTime -gt (Get-Item $stamp).LastWriteTime) {
    Say '安装界面依赖（npm ci）'
    Invoke-Checked npm --prefix $ui ci --no-audit --no-fund
}
Say '构建界面（ui/dist）'
Invoke-Checked npm --prefix $ui run build --silent
