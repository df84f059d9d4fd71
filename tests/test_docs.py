"""Every threshold is documented with the evaluation that chose it; every command has help and is in the README."""

import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from newsdesk import settings
from newsdesk.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)


@pytest.mark.parametrize("name", sorted(settings.SETTINGS))
def test_docs_setting_has_help_and_evaluation(name):
    s = settings.SETTINGS[name]
    assert len(s.help) > 20, name
    assert len(s.chosen_by) > 20 and "TBD" not in s.chosen_by, name
    assert getattr(settings, name) == s.default


def test_docs_settings_command_lists_every_setting():
    result = CliRunner().invoke(app, ["settings", "--json"])
    assert result.exit_code == 0
    assert sorted(r["name"] for r in json.loads(result.stdout)) == sorted(settings.SETTINGS)


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_command_has_help_and_is_in_readme(command):
    cmd = get_command(app).commands[command]
    assert (cmd.help or "").strip(), command
    assert re.search(rf"newsdesk[^\n]*\b{command}\b", README), f"README does not show `newsdesk {command}`"


def test_docs_eval_subcommands_have_help():
    group = get_command(app).commands["eval"]
    assert sorted(group.commands) == ["all", "cleaning", "clustering", "coding", "dates", "dedup", "entities",
                                     "extraction", "gate", "plaintext", "storylines"]
    for name, cmd in group.commands.items():
        assert (cmd.help or "").strip(), name


def test_docs_eval_coding_runs_on_a_shared_data_folder(shared_data):
    result = CliRunner().invoke(app, ["eval", "coding", "--data", str(shared_data), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert set(figures) == {"plover_gsr", "petrarch2_unit_tests"}
    assert figures["plover_gsr"]["type_precision"] > 0.5
