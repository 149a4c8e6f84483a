# Windows twin of run.sh: set up, build and start committee-desk.
. (Join-Path $PSScriptRoot 'setup.ps1')
Say '编译并启动程序'
Set-Location $Root
Invoke-Checked cargo run -p committee-desk --release
