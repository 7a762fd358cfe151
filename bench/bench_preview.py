"""Preview decoders on the 200 held-out image/latent pairs (rows 1800-1999 of the shared data, which no decoder was
fitted on): PSNR at 256x256 against the image the latent was made from, of the shipped learned decoder, of a
least-squares linear colour map per latent pixel (4->3 plus bias, fitted on rows 0-1799, upsampled nearest: the earlier
shipped decoder), and of the image's own 32x32 thumbnail upsampled bicubically (what a decoder knowing only the
8x8-block colours could do); time to decode 64 latents; a grid PNG (image, learned preview, linear preview) for a
person to look at.
Usage: .venv/bin/python bench/bench_preview.py [--threads N] [--grid preview_grid.png]"""
import argparse, time, torch, torch.nn.functional as F
from lsun_ldm.data import test_data, show_images
from lsun_ldm.preview import (preview_pairs, load_preview_decoder, psnr, PREVIEW_WEIGHTS, fit_linear_preview,
                              linear_preview)

def main():
    p = argparse.ArgumentParser()
    p.add_argument('--threads', type=int)
    p.add_argument('--grid', default='preview_grid.png')
    args = p.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    imgs_dir, lats_dir = test_data('images'), test_data('latents')
    z_train, imgs_train = preview_pairs(imgs_dir, lats_dir, range(1800))
    z_valid, imgs_valid = preview_pairs(imgs_dir, lats_dir, range(1800, 2000))
    dec = load_preview_decoder()
    with torch.no_grad():
        learned = dec(z_valid).clamp(0, 1)
    linear = linear_preview(fit_linear_preview(z_train, imgs_train), z_valid)
    thumb = F.interpolate(F.avg_pool2d(imgs_valid.float()/255, 8), scale_factor=8, mode='bicubic').clamp(0, 1)
    print(f"PSNR at 256x256 on {len(z_valid)} held-out pairs (all pixels pooled; mean of per-image PSNRs in brackets):")
    per_image = lambda x: sum(psnr(x[i:i+1], imgs_valid[i:i+1]) for i in range(len(imgs_valid)))/len(imgs_valid)
    for name, x in (('learned decoder', learned), ('linear decoder', linear), ('32x32 thumbnail, bicubic', thumb)):
        print(f"  {name:26s} {psnr(x, imgs_valid):6.2f} dB ({per_image(x):.2f})")
    z64 = z_valid[:64]
    with torch.no_grad():
        dec(z64[:4])
        t0 = time.perf_counter()
        dec(z64)
        secs = time.perf_counter() - t0
    print(f"decode 64 latents: {secs:.2f} s ({torch.get_num_threads()} threads); "
          f"weights {PREVIEW_WEIGHTS.stat().st_size/1e6:.2f} MB, {sum(p.numel() for p in dec.parameters())} parameters")
    n = 8
    fig = show_images(torch.cat([imgs_valid[:n].float()/255, learned[:n], linear[:n]]), nrow=n, figsize=(2*n, 6.5),
                      titles=['image']*n + ['learned preview']*n + ['linear preview']*n)
    fig.savefig(args.grid, dpi=80, bbox_inches='tight')
    print(f"grid: {args.grid}")

if __name__ == '__main__':
    main()
