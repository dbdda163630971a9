"""Skip a test whose outside requirement is missing, or fail it when CI demands everything.

A newcomer's first `make test` passes without Chromium, PostgreSQL or Redis and says
what it skipped; `.ci/run` sets SOCIAALWERK_STRICT_TESTS=1 so that nothing is skipped
silently there.
"""

import os

import pytest

STRICT = os.environ.get("SOCIAALWERK_STRICT_TESTS") == "1"


def require(condition, reason):
    """Skip (or, in strict mode, fail) the running test unless ``condition`` holds."""
    if condition:
        return
    if STRICT:
        pytest.fail(f"Required for this test but missing: {reason}", pytrace=False)
    pytest.skip(f"missing: {reason}")
