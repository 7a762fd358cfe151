"""Training-step cost of the project's Learner (default callbacks, activation stats on) vs a bare PyTorch loop of the
same model, batches and optimiser. Usage: .venv/bin/python bench/bench_train.py [NAME] [--steps N]"""
import argparse, statistics, time
import torch, torch.nn.functional as F
from fastai.callback.core import Callback, CancelFitException
from lsun_ldm.data import test_data
from lsun_ldm.experiment import Experiment
from lsun_ldm.latents import LatentCache
from lsun_ldm.train import make_learner

class StepTimes(Callback):
    "Wall time of each training step (batch to batch), stopping after `n`"
    order = 99
    def __init__(self, n): self.n, self.times = n, []
    def before_batch(self): self.t0 = time.perf_counter()
    def after_batch(self):
        if self.training:
            self.times.append(time.perf_counter() - self.t0)
        if len(self.times) >= self.n:
            raise CancelFitException

def bare_steps(learn, n):
    "The same model, batches and AdamW, in a plain loop"
    model, opt, times = learn.model, torch.optim.AdamW(learn.model.parameters(), 1e-3, eps=1e-5), []
    model.train()
    for (xt, t), eps in learn.dls.train:
        t0 = time.perf_counter()
        loss = F.mse_loss(model((xt, t)), eps)
        loss.backward()
        opt.step()
        opt.zero_grad()
        loss.item()
        times.append(time.perf_counter() - t0)
        if len(times) >= n:
            return times

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('name', nargs='?', default='miniai_nonorm_9000')
    p.add_argument('--steps', type=int, default=30)
    args = p.parse_args()
    exp = Experiment.from_name(args.name)
    learn, _ = make_learner(exp, LatentCache(test_data('latents')), num_workers=0)
    timer = StepTimes(args.steps)
    learn.add_cb(timer)
    bare = bare_steps(learn, args.steps)[5:]
    learn.fit_one_cycle(1, exp.lr)
    ours = timer.times[5:]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"{exp.name}: batch {exp.bs}, {len(ours)} timed steps (medians, first 5 dropped)")
    print(f"bare PyTorch loop: {b:.3f} s/step, {exp.bs/b:.1f} latents/s")
    print(f"lsun_ldm Learner (Precision, ActivationStats, DivergenceGuard, Recorder, progress): {o:.3f} s/step, "
          f"{exp.bs/o:.1f} latents/s, {o/b:.3f}x")
