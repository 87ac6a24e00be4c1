#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian machine: Debian packages, .venv/, the project.
# Sourced or run by scripts/run-seeds.sh and scripts/test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: CJK font, HarfBuzz subsetter (fast PDF font subsetting),
# Pango (WeasyPrint), poppler-utils (pdftotext/pdffonts/pdftoppm for tests),
# LibreOffice Writer headless (tests read back the annotated .docx),
# chromium + chromium-driver (the browser test of `lawcheck serve`, headless).
DEB_PACKAGES="fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 poppler-utils python3-venv libreoffice-writer-nogui chromium chromium-driver"
missing=""
for p in $DEB_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "安装系统软件包:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# Debian's own Python 3 (/usr/bin/python3, built with PGO and LTO) checks reports ~7% faster than a
# self-built one that may come first on PATH (pyenv: no PGO/LTO); $PYTHON chooses another.
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    PY=/usr/bin/python3
  else
    PY=python3
  fi
fi
if [ ! -x .venv/bin/python ]; then
  echo "创建虚拟环境 .venv/"
  "$PY" -m venv .venv
fi
# Reinstall only when the project definition changed.
stamp=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f .venv/.setup-stamp ] || [ "$(cat .venv/.setup-stamp)" != "$stamp" ]; then
  echo "安装 Python 依赖到 .venv/"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$stamp" > .venv/.setup-stamp
fi
# Bytecode for the project's own modules, as pip writes it for an installed wheel: an editable
# install leaves checker/ as plain sources, and with PYTHONDONTWRITEBYTECODE set (or a read-only
# tree) every start would compile them again (~40 ms of a one-file check). A .pyc whose source
# changed later is ignored by its recorded mtime, so this is never stale; run on every set-up.
.venv/bin/python -m compileall -q checker >/dev/null || true
