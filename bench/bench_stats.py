"""Cost of recording activation statistics of the residual blocks during training: a bare PyTorch loop (AdamW, MSE,
fp32, batch 32 of (4,32,32), course EmbUNetModel) vs the same loop with `lsun_ldm.stats.ActivationStats` hooks attached
(default odd-strided subsample of <= 2**14 elements per block, and all elements), and with fastai's stock
`ActivationStats(with_hist=True)` hook on the same blocks. Configurations are interleaved step by step (other processes
may load the CPU): every timed step runs each configuration once in turn, and the median s/step is reported.
Run: .venv/bin/python bench/bench_stats.py [steps] [warmup]"""
import sys, time, statistics, torch, torch.nn.functional as F
from contextlib import contextmanager, nullcontext
from fastai.callback.hook import Hooks, ActivationStats as FastaiActivationStats
from lsun_ldm.unet import EmbUNetModel, init_resnets
from lsun_ldm.stats import ActivationStats, resblocks

@contextmanager
def fastai_stock(model):
    "fastai's stock hook (mean/std/near-zero via .item(), histc) on the same blocks, its stored results kept per step"
    cb,kept = FastaiActivationStats(with_hist=True), []
    with Hooks([m for _,m in resblocks(model)], cb.hook) as hooks:
        h = model.register_forward_hook(lambda *_: kept.append(hooks.stored))  # what its after_batch does
        try:
            yield kept
        finally:
            h.remove()

def main(steps=15, warmup=2, bs=32):
    torch.manual_seed(0)
    model = init_resnets(EmbUNetModel(4, 4, nfs=(32,64,64,128), num_layers=2, attn_start=2, attn_chans=8)).train()
    x,t,eps = torch.randn(bs,4,32,32), torch.rand(bs), torch.randn(bs,4,32,32)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4)
    def step():
        F.mse_loss(model((x,t)), eps).backward()
        opt.step()
        opt.zero_grad()
    configs = {'bare loop': lambda m: nullcontext(),
               'ours (subsample <= 2**14)': lambda m: ActivationStats.hooked(m),
               'ours (all elements)': lambda m: ActivationStats.hooked(m, max_n=None),
               'fastai stock with_hist': fastai_stock}
    times = {k: [] for k in configs}
    for i in range(warmup+steps):
        for name,ctx in configs.items():
            with ctx(model):
                start = time.perf_counter()
                step()
                if i >= warmup:
                    times[name].append(time.perf_counter()-start)
    base = statistics.median(times['bare loop'])
    print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, fp32 CPU, batch {bs}, '
          f'{steps} interleaved steps (+{warmup} warm-up), 21 residual blocks hooked')
    for name,ts in times.items():
        med = statistics.median(ts)
        print(f'{name:28s} {med:.4f} s/step (min {min(ts):.4f})  ratio {med/base:.3f}x')

if __name__ == '__main__':
    main(*map(int, sys.argv[1:]))
