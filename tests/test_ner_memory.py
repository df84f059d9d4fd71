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


@pytest.mark.skipif(find_spec("torch") is None, reason="torch is not installed")
def test_torch_import_waits_while_spacy_hides_it():
    """A thread importing torch (the st back-end) while another thread's first spaCy import hides it waits for
    the import to end instead of failing with ImportError. Simulated in a fresh process: the hiding lock is held
    with torch hidden, the importing thread is started, then torch is un-hidden and the lock released."""
    code = textwrap.dedent("""
        import sys, threading, time
        from newsdesk import ner
        got = []
        def worker():
            try:
                got.append(ner.import_torch().__name__)
            except ImportError as e:
                got.append("ImportError")
        with ner._HIDING:
            sys.modules["torch"] = None
            t = threading.Thread(target=worker)
            t.start()
            time.sleep(0.3)
            print(len(got))  # still waiting
            del sys.modules["torch"]
        t.join(120)
        print(got[0])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["0", "torch"]
