"""schemathesis over the OpenAPI: generated requests to every operation never get a server error.

Bounded: a few examples per operation, so the whole run stays well under a minute.
"""

from __future__ import annotations

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck, given
from schemathesis.checks import not_a_server_error
from webkit import World

MAX_EXAMPLES = 12
CALLS: list[tuple[str, int]] = []


def fuzz(op: object, headers: dict) -> None:
    @given(case=op.as_strategy())  # type: ignore[attr-defined]
    @hypothesis.settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
                         suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        resp = case.call_and_validate(headers=headers, checks=[not_a_server_error])
        CALLS.append((op.path, resp.status_code))  # type: ignore[attr-defined]

    run()


@pytest.mark.parametrize("user", ["admin", "viewer"])
def test_no_server_error_anywhere(world: World, user: str) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", world.app)
    headers = world.token(user)
    world.app.state.limiter.limit = 10_000  # the login limiter is not what is under test here
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 15
    failures: list[str] = []
    for op in operations:
        if op.path == "/api/v1/auth/token":
            continue  # argon2 on every example is slow; covered by the auth tests

        try:
            fuzz(op, headers)
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report
            failures.append(f"{op.method.upper()} {op.path}: {str(exc)[:800]}")
    assert not failures, "\n\n".join(failures)
    assert len(CALLS) > 3 * len(operations), "schemathesis made too few requests to mean anything"
