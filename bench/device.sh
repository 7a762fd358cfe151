#!/usr/bin/env bash
# The whole benchmark on a GPU machine, in at most 8 minutes: bench/results/<gpu name>.json (see nbs/13_bench.ipynb).
#   bench/device.sh            on a GPU: every part, plus channels_last and torch.compile
#   bench/device.sh --quick    everything tiny on a CPU, in seconds (the notebook's test)
# Other arguments go to lsun_ldm_bench (e.g. --only vae pipeline, --out FILE). A GPU machine may have torch but not
# fastai or diffusers, and no internet: with WHEELS=DIR the missing packages are installed from that folder of wheels.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}
missing=$(BENCH_NEEDS=${BENCH_NEEDS:-"torch fastai fastcore fastprogress diffusers safetensors numpy PIL matplotlib"} $PY -c '
import importlib.util, os
names = os.environ["BENCH_NEEDS"].split()
print(" ".join(dict(PIL="pillow").get(n, n) for n in names if importlib.util.find_spec(n) is None))')
if [[ -n "$missing" && -n "${WHEELS:-}" ]]; then
  $PY -m pip install --quiet --no-index --find-links "$WHEELS" $missing
elif [[ -n "$missing" ]]; then
  echo "bench/device.sh: missing Python package(s): $missing; install them first: pip install --no-index --find-links DIR $missing (DIR: a folder of their wheels, e.g. WHEELS=DIR bench/device.sh)" >&2
  exit 1
fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
BENCH='from lsun_ldm.bench import bench_cli; bench_cli()'
if [[ "${1:-}" == --quick ]]; then
  shift
  exec $PY -c "$BENCH" --quick --device cpu --out "${TMPDIR:-/tmp}/lsun_ldm_bench_quick.json" "$@"
fi
exec timeout 480 $PY -c "$BENCH" --channels-last --compile "$@"
