"""Members' pages of another checkout against this one, under load, alternating.

    .venv/bin/python bench/ab_members.py OTHER_CHECKOUT [DATABASE_URL]

OTHER_CHECKOUT is a worktree of the code to compare with (`git worktree add /tmp/old REV`);
gunicorn serves each version from its own folder with this checkout's virtualenv, against
the same database (by default the SQLite bench database of http_bench.py, seeded first).
Both servers run at once, each with its own logged-in member; wrk (or the Python client)
loads one, then the other, a page at a time, for ROUNDS rounds (4), the order swapped every
round, so that a machine whose speed drifts weighs on both alike. Prints each run and, per
page and version, the req/s of every round and their median, and the p99s.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from pathlib import Path

import http_bench as bench
import loadgen

ROUNDS = int(os.environ.get("ROUNDS", "4"))
PAGES = [
    "long thread, page 1, logged in",
    "front page, logged in, unread markers",
    bench._POSTING,
]


def main() -> None:
    other = Path(sys.argv[1]).resolve()
    url = sys.argv[2] if len(sys.argv) > 2 else bench._sqlite_url(bench.POSTS)
    bench.DATA.mkdir(parents=True, exist_ok=True)
    bench._prepare(url, ["--threads", str(max(1, bench.POSTS // 50)), "--replies-per-thread", "49"])
    wrk = loadgen.find_wrk()
    pages = bench._in_process(url, bench._targets)
    check = pages["long thread, page 1"]
    versions = {"other": other, "this": bench.ROOT}
    runs: dict[tuple[str, str], list[loadgen.Result]] = {}
    with ExitStack() as servers:
        ports, loads = {}, {}
        for name, folder in versions.items():
            server = bench._gunicorn("forum:create_app()", bench._env(url), check, folder)
            ports[name], _ = servers.enter_context(server)
            cookie, hidden = bench._login(ports[name], pages[bench._POSTING])
            loads[name] = {page: bench._load(page, pages[page], cookie, hidden) for page in PAGES}
            for load in loads[name].values():  # warm up
                loadgen.run(load, ports[name], 2, bench.CONNECTIONS, wrk)
        for round_ in range(ROUNDS):
            order = list(versions) if round_ % 2 == 0 else list(reversed(versions))
            for page in PAGES:
                for name in order:
                    result = loadgen.run(
                        loads[name][page], ports[name], bench.SECONDS, bench.CONNECTIONS, wrk
                    )
                    runs.setdefault((name, page), []).append(result)
                    print(f"{name}: {page}: {result.rps:.0f}/s, p99 {result.p99_ms:.1f} ms")
    bench._in_process(url, bench._targets)  # delete the replies it posted
    for page in PAGES:
        for name in versions:
            done = runs[name, page]
            rates = sorted(round(result.rps) for result in done)
            p99s = ", ".join(f"{result.p99_ms:.1f}" for result in done)
            errors = sum(result.errors for result in done)
            print(
                f"{page}, {name} ({versions[name]}): req/s {rates}, median "
                f"{rates[len(rates) // 2]}; p99 ms {p99s}; errors {errors}"
            )


if __name__ == "__main__":
    main()
