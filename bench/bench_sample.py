"""Overhead of `lsun_ldm.sample.sample` (DDIM, 100 steps) over a bare loop of the same model calls.
Usage: python bench/bench_sample.py [--device cuda] [--bs 64] [--steps 100] [--reps 5] [--threads N]
On a shared CPU box use --threads 1: with OpenMP threads competing with other processes, every elementwise op can
stall for ms."""
import argparse, time, torch
from torch import nn
from lsun_ldm.noisify import SCHEDULES
from lsun_ldm.sample import sample

class ConvEps(nn.Module):
    "A small real conv model: three 3x3 convs, t added as a bias channel-wise"
    def __init__(self, nf=64):
        super().__init__()
        self.convs = nn.Sequential(nn.Conv2d(4, nf, 3, padding=1), nn.SiLU(),
                                   nn.Conv2d(nf, nf, 3, padding=1), nn.SiLU(), nn.Conv2d(nf, 4, 3, padding=1))
    def forward(self, xt_t):
        x, t = xt_t
        return self.convs(x + t[:, None, None, None])

class Null(nn.Module):
    "Costs nothing: isolates the sampler's own per-step work"
    def forward(self, xt_t): return xt_t[0]

def _sync(device):
    if device.type == 'cuda':
        torch.cuda.synchronize()

@torch.inference_mode()
def bare(model, schedule, bs, steps, device):
    "Only the model calls: the same inputs the sampler makes, no update"
    x = torch.randn(bs, 4, 32, 32, device=device)
    for t in schedule.timesteps(steps)[:, None].repeat(1, bs).to(device):
        eps = model((x, t))
    return eps

def timed(f, device):
    _sync(device)
    start = time.perf_counter()
    f()
    _sync(device)
    return time.perf_counter() - start

def main():
    p = argparse.ArgumentParser()
    p.add_argument('--device', default='cuda' if torch.cuda.is_available() else 'cpu')
    p.add_argument('--bs', type=int, default=64)
    p.add_argument('--steps', type=int, default=100)
    p.add_argument('--reps', type=int, default=5)
    p.add_argument('--schedule', default='cosine', choices=list(SCHEDULES))
    p.add_argument('--threads', type=int)
    args = p.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    device, sch = torch.device(args.device), SCHEDULES[args.schedule]
    model, null = sch.bind(ConvEps().to(device).eval()), sch.bind(Null())
    fs = dict(bare=lambda: bare(model, sch, args.bs, args.steps, device),
              sampler=lambda: sample(model, sch, args.bs, 'ddim', args.steps, seed=0, progress=False),
              sampler_null_model=lambda: sample(null, sch, args.bs, 'ddim', args.steps, seed=0, progress=False,
                                                device=device))
    for f in fs.values():
        f()  # warm up
    times = {k: [] for k in fs}
    for _ in range(args.reps):  # interleaved, so drifts in machine speed hit both alike
        for k, f in fs.items():
            times[k].append(timed(f, device))
    best = {k: min(v) for k, v in times.items()}
    med = {k: sorted(v)[len(v)//2] for k, v in times.items()}
    name = torch.cuda.get_device_name(device) if device.type == 'cuda' else f"cpu ({torch.get_num_threads()} threads)"
    print(f"DDIM {args.steps} steps, batch {args.bs}x4x32x32, schedule {args.schedule}, {name}, "
          f"best/median of {args.reps}")
    for k in fs:
        print(f"{k:18} best {best[k]*1000:8.1f} ms  median {med[k]*1000:8.1f} ms")
    print(f"overhead, sampler vs bare loop: best {100*(best['sampler']/best['bare']-1):+.1f}%  "
          f"median {100*(med['sampler']/med['bare']-1):+.1f}%")
    print(f"sampler's own work (null model): {best['sampler_null_model']/args.steps*1000:.2f} ms/step = "
          f"{100*best['sampler_null_model']/best['bare']:.1f}% of the bare loop")

if __name__ == '__main__':
    main()
