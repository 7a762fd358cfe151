#!/usr/bin/env bash
# The main job: an experiment end to end. Prepares the latent cache when needed, trains the experiment NAME, samples
# from it and writes results/<canonical name>/ (plots, metrics, health, weights, samples). Re-running continues a
# stopped run. Creates .venv first when missing.
#   NAME=miniai_nonorm_9000  the experiment (its name is its configuration; see README)
#   LATENTS=...  an existing latent cache to train on (e.g. ../shared/lsun_bedroom/latents); if unset, one is prepared:
#     DATA=...   images: a folder, a tar/zip archive or a URL (default: the course's bedroom.tgz, 4.4 GB)
#     N=10000    how many images;  VAE=...  hub id or local folder of the VAE;  OUT=data/latents_N  the cache
#   RESULTS=results  where runs go
# Extra arguments go to lsun_ldm_train (e.g. --device cuda --samples 64).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/env.sh
NAME=${NAME:-miniai_nonorm_9000}
DECODE=()  # the sample grid: decoded by the VAE that made the cache when this script made it, else previews
if [ -z "${LATENTS:-}" ]; then
  N=${N:-10000}
  LATENTS=${OUT:-data/latents_$N}
  VAE=${VAE:-stabilityai/sd-vae-ft-ema}
  lsun_ldm_prepare "${DATA:-https://s3.amazonaws.com/fast-ai-imageclas/bedroom.tgz}" "$LATENTS" --n "$N" --vae "$VAE"
  DECODE=(--vae "$VAE")
fi
lsun_ldm_cache "$LATENTS"
lsun_ldm_train "$NAME" --latents "$LATENTS" --results "${RESULTS:-results}" --resume "${DECODE[@]}" "$@"
