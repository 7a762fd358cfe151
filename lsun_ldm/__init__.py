__version__ = "0.1.0"

import warnings
# fastai (imported by most stages) decorates functions with torch.jit.script, which torch >= 2.10 deprecates with a
# FutureWarning
warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning)
