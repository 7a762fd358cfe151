#!/usr/bin/env bash
# Runs every test: nbdev_clean + nbdev_export must leave the tree unchanged, ruff must pass, then all notebooks run under
# nbdev_test (IN_TEST set: tiny sizes, same code paths). Creates .venv first when missing.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/env.sh
export LSUN_LDM_DATA=${LSUN_LDM_DATA:-$(cd .. && pwd)/shared/lsun_bedroom}
state() { git status --porcelain -- nbs lsun_ldm; git diff -- nbs lsun_ldm | sha256sum; }
before=$(state)
nbdev_clean
nbdev_export
if [ "$(state)" != "$before" ]; then
  echo "FAIL: nbdev_clean/nbdev_export changed these files (they are now fixed in your tree; commit them):"
  git status --short -- nbs lsun_ldm
  exit 1
fi
echo "nbdev_clean and nbdev_export leave the tree unchanged"
python scripts/lint.py  # ruff.toml: lines <= 120, one statement per line, nothing unused or undefined
nbdev_test --timing "$@"
