"""Benchmark of the latent-cache stage: image pipeline vs VAE encoder speed, and peak memory of encoding vs N.
Usage: .venv/bin/python bench/bench_latents.py [IMAGES_DIR]   (default ../shared/lsun_bedroom/images)"""
import subprocess, sys, tempfile, time
from pathlib import Path
import torch
from diffusers import AutoencoderKL
from lsun_ldm.data import ImagesDS, collate_images, image_files, subset
from lsun_ldm.latents import encode, tiny_vae_config
from lsun_ldm.bench import SD_VAE

def pipeline_speed(files, workers):
    dl = torch.utils.data.DataLoader(ImagesDS(files), batch_size=16, collate_fn=collate_images, num_workers=workers)
    t = time.perf_counter()
    n = sum(len(b['idxs']) for b in dl)
    return n / (time.perf_counter() - t)

def encoder_speed(vae, n, bs):
    x = torch.rand(bs, 3, 256, 256)
    encode(vae, x)
    t = time.perf_counter()
    for _ in range(n // bs):
        encode(vae, x)
    return (n // bs) * bs / (time.perf_counter() - t)

def peak_rss_mb(imgs, n, vae_dir, out):
    code = ("import resource, sys; from lsun_ldm.latents import prepare; "
            f"prepare({str(imgs)!r}, {str(out)!r}, n={n}, vae={str(vae_dir)!r}, bs=16, device='cpu', workers=0, "
            "pbar=False); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    res = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=True)
    return int(res.stdout.split()[-1]) / 1024

if __name__ == '__main__':
    imgs = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]/'shared/lsun_bedroom/images')
    files = subset(image_files(imgs), 512)
    torch.manual_seed(0)
    print(f"torch threads: {torch.get_num_threads()}")
    pipeline_speed(files, 0)  # warm the file cache
    for w in (0, 1, 2):
        print(f"image pipeline (read+decode+crop), {w} workers: {pipeline_speed(files, w):7.1f} images/s")
    tiny = AutoencoderKL(**tiny_vae_config()).eval()
    print(f"tiny VAE encoder (ch 8), bs 16:       {encoder_speed(tiny, 64, 16):7.1f} images/s")
    sd = AutoencoderKL(**SD_VAE).eval()
    print(f"SD-VAE architecture encoder, bs 4:    {encoder_speed(sd, 8, 4):7.2f} images/s "
          f"({sum(p.numel() for p in sd.encoder.parameters())/1e6:.1f}M encoder params, random weights)")
    with tempfile.TemporaryDirectory() as d:
        tiny.save_pretrained(Path(d)/'vae')
        for n in (200, 800):
            rss = peak_rss_mb(imgs, n, Path(d)/'vae', Path(d)/f'c{n}')
            print(f"peak RSS of lsun_ldm_prepare, N={n}, tiny VAE: {rss:.0f} MB")
