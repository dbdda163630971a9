"""The Dutch translation is complete, current and compiled."""

import os
import shutil
import subprocess

import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.requirements import require
from tests.servers import ROOT

PO = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
SOURCES = ["sociaalwerk", "news", "blog", "publications", "members", "templates"]


@pytest.fixture(autouse=True)
def _gettext_tools():
    require(
        shutil.which("msgfmt") and shutil.which("msgcmp"), "GNU gettext (apt-get install gettext)"
    )


def gettext_tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=False)  # noqa: S603


@pytest.mark.parametrize("option", ["--untranslated", "--only-fuzzy"])
def test_every_string_is_translated_and_none_is_fuzzy(option):
    result = gettext_tool("msgattrib", option, "--no-obsolete", str(PO))
    assert result.returncode == 0, result.stderr
    assert "msgid" not in result.stdout.replace('msgid ""\nmsgstr ""', "", 1), result.stdout


def test_compiled_catalogue_matches_the_po_file(tmp_path):
    compiled = tmp_path / "django.mo"
    result = gettext_tool("msgfmt", "--check-format", "-o", str(compiled), str(PO))
    assert result.returncode == 0, result.stderr
    assert compiled.read_bytes() == PO.with_suffix(".mo").read_bytes(), "run `make messages`"


def test_makemessages_finds_no_string_the_po_file_lacks(tmp_path, monkeypatch):
    for name in SOURCES:
        os.symlink(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["nl"], symlinks=True, verbosity=0, no_obsolete=True)
    fresh = tmp_path / "locale" / "nl" / "LC_MESSAGES" / "django.po"
    # msgcmp fails when the fresh extraction holds a msgid the committed file lacks.
    result = gettext_tool("msgcmp", "--use-untranslated", str(PO), str(fresh))
    assert result.returncode == 0, result.stderr
