"""Training-step throughput of the small U-Net of each family on this CPU: fwd + bwd + Adam step, fp32, batch 32 of
(4,32,32) latents; plus parameter counts and forward FLOPs per latent.
Run: .venv/bin/python bench/bench_unet.py [secs]"""
import sys, time, torch, torch.nn.functional as F
from lsun_ldm.unet import EmbUNetModel, init_resnets, diffusers_unet, model_summary

def throughput(model, bs=32, warmup=2, secs=30.):
    "Latents/s of full training steps on a fixed random batch, timed for at least `secs` (and 3 steps)"
    x,t = torch.randn(bs, 4, 32, 32), torch.rand(bs)
    eps = torch.randn_like(x)
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)
    def step():
        F.mse_loss(model((x,t)), eps).backward()
        opt.step()
        opt.zero_grad()
    for _ in range(warmup):
        step()
    n,start = 0,time.perf_counter()
    while n < 3 or time.perf_counter()-start < secs:
        step()
        n += 1
    return n*bs/(time.perf_counter()-start)

if __name__ == '__main__':
    secs = float(sys.argv[1]) if len(sys.argv) > 1 else 30.
    torch.manual_seed(0)
    print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, fp32, batch 32, input (4,32,32)')
    models = {'EmbUNetModel(4,4,nfs=(32,64,64,128),num_layers=2,attn_start=2,attn_chans=8)':
                  init_resnets(EmbUNetModel(4, 4, nfs=(32,64,64,128), num_layers=2, attn_start=2, attn_chans=8)),
              "diffusers_unet((32,64,64,128),'DAAA',layers=2)": diffusers_unet((32,64,64,128), 'DAAA', layers=2)}
    for name,m in models.items():
        s = model_summary(m)
        print(f"{name}\n  params {s['params']:,}  fwd {s['fwd_flops']/1e9:.3f} GFLOPs/latent  "
              f"train step {throughput(m.train(), secs=secs):.1f} latents/s")
