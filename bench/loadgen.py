"""Load for bench/http_bench.py: wrk when it is installed (or `apt-get install wrk` works), else
a bounded Python client (one thread per connection, http.client keep-alive). Both hold a fixed
number of connections for a fixed time, count a wrong status or Location as an error, and make
every POST unique (its text and its form token)."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import string
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode


@dataclass(frozen=True)
class Load:
    path: str
    expect: int = 200
    cookie: str | None = None
    location: str | None = None  # a Lua/regex pattern the Location header must contain
    form: dict = field(default_factory=dict)  # for a POST: the fixed fields
    text: str = ""  # for a POST: the reply, made unique by a word appended to it
    headers: tuple[tuple[str, str], ...] = ()  # sent with every request

    @property
    def method(self) -> str:
        return "POST" if self.form else "GET"


@dataclass(frozen=True)
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int
    hits: int = 0  # responses the page cache served (X-Cache: hit)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def find_wrk() -> str | None:
    """wrk from Debian, installed when missing and we may (root with apt-get); else None, and
    the bounded Python client does the load."""
    if not shutil.which("wrk") and shutil.which("apt-get") and os.geteuid() == 0:
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "wrk"]):
            subprocess.run(command, capture_output=True, check=False)
    return shutil.which("wrk")


def run(load: Load, port: int, seconds: float, connections: int, wrk: str | None) -> Result:
    if wrk:
        return _run_wrk(wrk, load, port, seconds, connections)
    return _run_python(load, port, seconds, connections)


def word(n: int) -> str:
    """A lowercase word that is different for every n (no digits: the identifying-details
    check must find nothing in a benchmark reply)."""
    letters = ""
    while True:
        letters += string.ascii_lowercase[n % 26]
        n //= 26
        if not n:
            return letters


_LUA = """
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", string.char(96 + #threads))
end
bad, hits, n = 0, 0, 0
local expect, location, fields, text = %(expect)d, %(location)s, %(fields)s, %(text)s
local nonce = "%(nonce)s"
wrk.method = "%(method)s"
%(headers)s
if wrk.method == "POST" then
  function request()
    n = n + 1
    local k, w = n, ""
    repeat w = w .. string.char(97 + k %% 26); k = math.floor(k / 26) until k == 0
    local unique = tid .. w
    local body = fields .. "&form_token=" .. nonce .. unique .. "&body=" .. text .. "+" .. unique
    return wrk.format(nil, nil, nil, body)
  end
end
function response(status, headers, body)
  if status ~= expect or (location and not string.find(headers["Location"] or "", location)) then
    bad = bad + 1
  end
  if headers["X-Cache"] == "hit" then hits = hits + 1 end
end
function done(summary, latency, requests)
  local b, h, e = 0, 0, summary.errors
  for _, t in ipairs(threads) do b = b + t:get("bad"); h = h + t:get("hits") end
  b = b + e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d\\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(99), b, h))
end
"""


def _lua_string(value: str | None) -> str:
    return "nil" if value is None else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _run_wrk(wrk: str, load: Load, port: int, seconds: float, connections: int) -> Result:
    headers = [f"wrk.headers[{_lua_string(k)}] = {_lua_string(v)}" for k, v in load.headers]
    if load.cookie:
        headers.append(f'wrk.headers["Cookie"] = {_lua_string(load.cookie)}')
    if load.form:
        headers.append('wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"')
    nonce = os.urandom(4).hex()  # form tokens differ from one run to the next
    script = _LUA % {
        "expect": load.expect,
        "location": _lua_string(load.location),
        "fields": _lua_string(urlencode(load.form)),
        "text": _lua_string(load.text.replace(" ", "+")),
        "method": load.method,
        "headers": "\n".join(headers),
        "nonce": nonce,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        lua.write(script)
        lua.flush()
        out = subprocess.run(
            [wrk, "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "30s"]
            + ["-s", lua.name, f"http://127.0.0.1:{port}{load.path}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    requests, micros, p50, p99, errors, hits = map(int, line.split()[1:])
    return Result(requests, micros / 1e6, p50 / 1000, p99 / 1000, errors, hits)


def _run_python(load: Load, port: int, seconds: float, connections: int) -> Result:
    deadline = time.perf_counter() + seconds
    latencies: list[float] = []
    errors, hits = [0], [0]
    lock = threading.Lock()
    location = re.compile(load.location.replace("%d", r"\d")) if load.location else None
    nonce = os.urandom(4).hex()

    def client(tid: int) -> None:
        conn, n, mine, bad, hit = None, 0, [], 0, 0
        headers = dict(load.headers)
        if load.cookie:
            headers["Cookie"] = load.cookie
        if load.form:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        while time.perf_counter() < deadline:
            n += 1
            body = None
            if load.form:
                unique = f"{nonce}{word(tid)}{word(n)}"
                text = f"{load.text} {word(tid)}{word(n)}"
                body = urlencode({**load.form, "form_token": unique, "body": text})
            started = time.perf_counter()
            try:
                conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request(load.method, load.path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                conn, bad = None, bad + 1
                continue
            mine.append((time.perf_counter() - started) * 1000)
            hit += response.getheader("X-Cache") == "hit"
            where = response.getheader("Location") or ""
            if response.status != load.expect or (location and not location.search(where)):
                bad += 1
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = None
        with lock:
            latencies.extend(mine)
            errors[0] += bad
            hits[0] += hit

    started = time.perf_counter()
    workers = [threading.Thread(target=client, args=(t,)) for t in range(connections)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def percentile(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] if latencies else 0.0

    return Result(len(latencies), elapsed, percentile(0.5), percentile(0.99), errors[0], hits[0])
