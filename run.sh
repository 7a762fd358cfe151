#!/usr/bin/env bash
# The main job, end to end. Today that is the first stage of an experiment: the latent cache it trains on.
#   DATA=...     images: a folder, a tar/zip archive or a URL (default: the course's bedroom.tgz, 4.4 GB)
#   N=10000      how many images (the first N sorted paths)
#   VAE=...      hub id or local save_pretrained folder of the VAE (default stabilityai/sd-vae-ft-ema)
#   OUT=...      where the cache goes (default data/latents_N)
#   LATENTS=...  use an existing latent cache instead (e.g. ../shared/lsun_bedroom/latents): check and describe it
# Extra arguments go to lsun_ldm_prepare (e.g. --transform squash --bs 32). Creates .venv first when missing.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/env.sh
if [ -n "${LATENTS:-}" ]; then exec lsun_ldm_cache "$LATENTS"; fi
N=${N:-10000}
OUT=${OUT:-data/latents_$N}
lsun_ldm_prepare "${DATA:-https://s3.amazonaws.com/fast-ai-imageclas/bedroom.tgz}" "$OUT" --n "$N" \
  --vae "${VAE:-stabilityai/sd-vae-ft-ema}" "$@"
lsun_ldm_cache "$OUT"
