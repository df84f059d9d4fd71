import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*/*.out.json")


@pytest.fixture
def update_golden(request):
    return request.config.getoption("--update-golden")


@pytest.fixture
def shared_data():
    """The shared dev sets, when this clone sits beside ../shared (CI has it); tests that need it skip otherwise."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data not beside this clone")
    return SHARED_DATA
