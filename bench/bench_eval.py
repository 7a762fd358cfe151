"""Cost of evaluation: KID of 1,000 vs 1,000 latents (ours: kernel matrices once; torchmetrics' stock `compute`: per
subset), and sampling + preview decoding of 64 samples (DDIM 100 steps) from the small miniai config (32,64,64,128),
untrained.
Usage: .venv/bin/python bench/bench_eval.py [--n 1000] [--stock-subsets 10] [--samples 64] [--steps 100]
       [--threads N]"""
import argparse, time, torch
from lsun_ldm.data import test_data
from lsun_ldm.latents import LatentCache
from lsun_ldm.experiment import Experiment
from lsun_ldm.noisify import LatentScale
from lsun_ldm.train import build_model, build_schedule
from lsun_ldm.sample import sample
from lsun_ldm.eval import kid, KIDMetric, CheckedFeatures, LatentFeatures
from lsun_ldm.preview import preview
from torchmetrics.image.kid import KernelInceptionDistance

def timed(f):
    t0 = time.perf_counter()
    r = f()
    return r, time.perf_counter() - t0

def main():
    p = argparse.ArgumentParser()
    p.add_argument('--n', type=int, default=1000)
    p.add_argument('--stock-subsets', type=int, default=10)
    p.add_argument('--samples', type=int, default=64)
    p.add_argument('--steps', type=int, default=100)
    p.add_argument('--threads', type=int)
    args = p.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    print(f"cpu, {torch.get_num_threads()} threads")
    c = LatentCache(test_data('latents'))
    z = torch.from_numpy(c.latents[:2*args.n].astype('float32'))
    z_real, z_fake = z[:args.n], z[args.n:]
    kid(z_real[:16], z_fake[:16])  # warm up
    r, secs = timed(lambda: kid(z_real, z_fake))
    print(f"KID latent space, {r}: {secs:.2f} s")
    m = KIDMetric(CheckedFeatures(LatentFeatures.of(z_real), torch.nn.Identity()), subsets=args.stock_subsets,
                  subset_size=r.subset_size)
    m.update(z_real, real=True)
    m.update(z_fake, real=False)
    _, stock = timed(lambda: KernelInceptionDistance.compute(m))
    print(f"  torchmetrics' stock compute, {args.stock_subsets} subsets of {r.subset_size} (float64 features): "
          f"{stock:.2f} s = {stock/args.stock_subsets*100:.1f} s per 100 subsets")
    exp = Experiment.from_name('miniai_nonorm')
    sch = build_schedule(exp, LatentScale(exp.scale))
    model = sch.bind(build_model(exp).eval())
    sample(model, sch, 4, steps=2, seed=0, progress=False)  # warm up
    x0, s_secs = timed(lambda: sample(model, sch, args.samples, 'ddim', args.steps, seed=0, progress=False))
    imgs, p_secs = timed(lambda: preview(sch.decode(x0), 256))
    print(f"sampling {args.samples} x DDIM {args.steps} steps, {exp.name} {exp.channels} (untrained): {s_secs:.2f} s; "
          f"preview decode to {tuple(imgs.shape[1:])}: {p_secs*1000:.1f} ms")

if __name__ == '__main__':
    main()
