#!/usr/bin/env python3
"""A server launchdeck did not write: it answers Tinylytics and Taplytics requests with the
vendors' documented example bodies, verbatim (Tests/LaunchdeckClientTests/Fixtures), the
way a recorded-body replay would. Nothing in it knows launchdeck's models.

    python3 -B scripts/replay/replay_docs.py [--port 0] [--break FIXTURE:FIELD=JSON ...]

--break replaces one top-level field of one fixture (e.g. tinylytics-site:lifetime_kudos="many")
so a test can see what launchdeck does with a field of a shape it does not expect. It prints
"replaying on PORT" once it listens. Tinylytics lives under /api/v1, Taplytics under /v2.
"""
import argparse
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "LaunchdeckClientTests", "Fixtures")


def fixture_for(path, query):
    parts = [p for p in path.split("/") if p]
    if parts[:2] == ["api", "v1"]:
        rest = parts[2:]
        if rest == ["me"]:
            return "tinylytics-me"
        if rest[:1] != ["sites"]:
            return None
        if len(rest) == 1:
            return "tinylytics-sites"
        if len(rest) == 2:
            return "tinylytics-site"
        kind = rest[2]
        if kind == "hits":
            return "tinylytics-hits-grouped-path" if query.get("grouped") == ["true"] else "tinylytics-hits"
        return {"kudos": "tinylytics-kudos", "leaderboard": "tinylytics-leaderboard",
                "user_journeys": "tinylytics-user-journeys", "insights": "tinylytics-insights",
                "uptime": "tinylytics-uptime", "content": "tinylytics-content"}.get(kind)
    if parts[:1] == ["v2"] and len(parts) >= 2:
        single = len(parts) > 2
        return {"experiments": "taplytics-experiment" if single else "taplytics-experiments",
                "push": "taplytics-push" if single else "taplytics-push-list",
                "users": "taplytics-user"}.get(parts[1])
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--break", dest="breaks", action="append", default=[])
    args = parser.parse_args()
    breaks = {}
    for spec in args.breaks:
        name, _, rest = spec.partition(":")
        field, _, value = rest.partition("=")
        breaks.setdefault(name, {})[field] = json.loads(value)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            url = urlsplit(self.path)
            name = fixture_for(url.path, parse_qs(url.query))
            if name is None:
                self.send_response(404)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"error": "Not found"}')
                return
            with open(os.path.join(FIXTURES, name + ".json"), "rb") as f:
                body = f.read()
            if name in breaks:
                document = json.loads(body)
                target = document[0] if isinstance(document, list) else document
                target.update(breaks[name])
                body = json.dumps(document).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if url.path.startswith("/v2/") and name.endswith(("experiments", "push-list")):
                # The docs' Link header, single quotes and all: one page here.
                base = "http://127.0.0.1:%d%s?page=1&per_page=100" % (self.server.server_address[1], url.path)
                self.send_header("Link", "<%s>; rel='last', <%s>; rel='first'" % (base, base))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("replaying on %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
