"""spaCy is loaded without importing torch (thinc would import it when installed: ~180 MB of RSS the CPU
pipelines never use; the 10k benchmark's peak RSS bound is 2,048 MB), and torch still imports afterwards."""

import os
import subprocess
import sys
import textwrap
from importlib.util import find_spec

import pytest


@pytest.mark.skipif(find_spec("torch") is None, reason="torch is not installed: nothing to keep out")
def test_ner_models_load_without_importing_torch():
    code = textwrap.dedent("""
        import sys
        from newsdesk import ner
        assert next(ner.parse(["Rajnath Singh met Sergei Shoigu in Moscow."])).ents
        ner.load_parser()
        print("torch" in sys.modules)
        import torch  # still importable afterwards (the st embedding back-end)
        print(torch.tensor([1.0]).sum().item())
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["False", "1.0"]
