"""The log format: JSON lines with the extra fields and the exception, also in production."""

import json
import logging
import os
import subprocess
import sys

from sociaalwerk.operations.log_format import JsonFormatter
from tests.servers import PRODUCTION_ENV, ROOT


def test_log_lines_are_json_with_extra_fields_and_the_exception():
    logger = logging.getLogger("sociaalwerk.test")
    try:
        raise ValueError("kapot")
    except ValueError:
        record = logger.makeRecord(
            "sociaalwerk.test",
            logging.ERROR,
            __file__,
            1,
            "Mail naar %s mislukt",
            ("bureau",),
            sys.exc_info(),
            extra={"application_id": 7},
        )
    line = json.loads(JsonFormatter().format(record))
    assert line["level"] == "ERROR" and line["logger"] == "sociaalwerk.test"
    assert line["message"] == "Mail naar bureau mislukt" and line["application_id"] == 7
    assert "ValueError: kapot" in line["exception"] and line["time"].endswith("+00:00")


def test_production_logs_json_to_stdout():
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="sociaalwerk.settings.production")
    code = "import django, logging; django.setup(); logging.getLogger('x').warning('hallo')"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert json.loads(result.stderr.strip().splitlines()[-1])["message"] == "hallo"
