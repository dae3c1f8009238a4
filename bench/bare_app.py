"""The baseline for bench/http_bench.py: a Flask app whose one route returns a precomputed page
(the bytes of a real thread page, read from the file BENCH_BARE_PAGE). Served by gunicorn with
the same settings as the forum, it shows what Flask and gunicorn cost without the forum."""

import os
from pathlib import Path

from flask import Flask, Response

PAGE = Path(os.environ["BENCH_BARE_PAGE"]).read_bytes()

app = Flask(__name__)


@app.get("/")
def page() -> Response:
    return Response(PAGE, mimetype="text/html")
