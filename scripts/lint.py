"""ruff (ruff.toml) on the package and the benchmarks; exits 1 on any finding. One exemption: the first line of the
`__all__ = [...]` that nbdev writes (it wraps the names at 120 characters, then puts `__all__ = ` in front)."""
import json, subprocess, sys
from pathlib import Path

def is_nbdev_all(finding):
    line = Path(finding['filename']).read_text().splitlines()[finding['location']['row'] - 1]
    return finding['code'] == 'E501' and line.startswith('__all__ = ')

res = subprocess.run(['ruff', 'check', 'lsun_ldm', 'bench', '--output-format', 'json'], capture_output=True, text=True)
if res.returncode not in (0, 1): sys.exit(f"ruff failed: {res.stderr.strip()}")
found = [f for f in json.loads(res.stdout) if not is_nbdev_all(f)]
for f in found: print(f"{f['filename']}:{f['location']['row']}:{f['location']['column']}: {f['code']} {f['message']}")
print(f"ruff: {len(found)} finding(s)" if found else "ruff: clean")
sys.exit(1 if found else 0)
