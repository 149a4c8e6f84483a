#!/usr/bin/env bash
# Copies the open fonts the installer ships into assets/fonts (see assets/fonts/README.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for f in /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc \
  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf; do
  [[ -f "$f" ]] || { echo "缺少 $f：请先安装 fonts-noto-cjk 和 fonts-lxgw-wenkai" >&2; exit 1; }
  cp -u "$f" "$ROOT/assets/fonts/"
done
echo "字体已复制到 assets/fonts/"
