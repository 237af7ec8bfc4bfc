"""The README's Neovim set-up in Neovim itself (headless), where Neovim is installed."""
import os
import shutil
import subprocess

import pytest

from conftest import FACTLINT

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed (apt-get install neovim)")
def test_neovim_shows_the_seed_articles_findings(seeds):
    result = subprocess.run(
        ["nvim", "--headless", "-u", os.path.join(HERE, "neovim", "init.lua"), "-c", "luafile " + os.path.join(HERE, "neovim", "check.lua")],
        env={**os.environ, "FACTLINT": FACTLINT, "ARTICLE": str(seeds / "003_20b62e6eaeb1354e.txt")},
        capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == \
        "diagnostics: 8:23 factlint name-spelling; 10:19 factlint name-spelling; 12:30 factlint name-spelling", result.stderr
