# Sourced by ./run.sh and ./test.sh: create .venv with the project installed (editable), at the tested versions of
# constraints.txt, when missing or when settings.ini (its requirements) or constraints.txt changed since the last install.
python=${PYTHON:-python3}
stamp=.venv/.installed
want=$(sha256sum settings.ini setup.py constraints.txt | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setting up .venv (first time: a few minutes) ..."
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -c constraints.txt -e ".[dev]" > .venv/install.log 2>&1 || { tail -40 .venv/install.log; echo "pip install failed: see .venv/install.log"; exit 1; }
  echo "$want" > "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
