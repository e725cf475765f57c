"""API cost: requests per hour per service, and 429s, over an accelerated launch day.
Run by scripts/bench-api.sh. Two dashboards run side by side for --minutes of wall time:
- default config (real intervals 30/60/60/60 s) pointed at `launchdeck simulate --speed S`
  (a launch day in the run) through a counting proxy that logs every request and status;
- the demo (`launchdeck --demo`, its simulator in-process, intervals 10/20/15/20 s), whose
  requests are read from launchdeck's own budget counters on the status bar at the end.
The simulator counts its own limits on its accelerated clock, so the proxy also checks the
documented limits in wall time: Tinylytics 1000 an hour per key, Apteligent 20 a minute,
Taplytics none documented (launchdeck holds itself to 600 an hour)."""
import argparse
import http.client
import http.server
import os
import re
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_pty import Pty  # noqa: E402

bt = __import__("bench-terminal")  # start_simulator, programs' environment

LIMITS = {"tinylytics": (1000, 3600), "apteligent": (20, 60), "taplytics": (600, 3600)}
HOP = {"connection", "transfer-encoding", "keep-alive", "content-length"}


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.log = []  # (time, service, status)

    def add(self, service, status):
        with self.lock:
            self.log.append((time.monotonic(), service, status))


def proxy(target_port, counter):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def forward(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            conn = http.client.HTTPConnection("127.0.0.1", target_port, timeout=60)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
            conn.request(self.command, self.path, body=body or None, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            counter.add(self.path.split("/")[1], answer.status)
            self.send_response(answer.status)
            for k, v in answer.getheaders():
                if k.lower() not in HOP and k.lower() not in ("server", "date"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            conn.close()

        do_GET = do_POST = do_PUT = do_DELETE = forward

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request, address):
            if not isinstance(sys.exc_info()[1], ConnectionError):  # a client hanging up at the end
                super().handle_error(request, address)

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def limit_text(service, limit, window):
    return f"{limit}/{'h' if window == 3600 else 'min'}" + (" (own)" if service == "taplytics" else "")


def worst_window(times, window):
    """Most requests in any `window` seconds (sliding)."""
    best, start = 0, 0
    for end in range(len(times)):
        while times[end] - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--speed", type=float, default=288)  # 24 simulated hours in 5 minutes
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="launchdeck-api-")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "XDG_CONFIG_HOME": home + "/.config",
           "XDG_STATE_HOME": home + "/.state", "TERM": "xterm-256color", "LANG": "C.UTF-8"}
    sim = bt.start_simulator(args.binary, args.speed, env)
    port = int(re.search(r":(\d+)/", sim["tly_url"]).group(1))
    counter = Counter()
    server = proxy(port, counter)
    via = {k: v.replace(f":{port}/", f":{server.server_address[1]}/") for k, v in sim.items() if k.endswith("_url")}
    dashboard_env = bt.programs(args.binary, {**sim, **via})[0][2]
    real = Pty([args.binary], {**env, **dashboard_env})
    demo = Pty([args.binary, "--demo"], {**env})
    started = time.monotonic()
    seen_429_demo, status, after_first_minute = False, "", None
    while time.monotonic() - started < args.minutes * 60:
        real.pump(0.1)
        demo.pump(0.1)
        screen = demo.text()
        # A 429 shows as "429 from Tinylytics: rate limit reached..." on its pane.
        refused = re.search(r".*(?:429 from|rate limit).*", screen, re.IGNORECASE)
        if refused and not seen_429_demo:
            seen_429_demo = f"at {time.monotonic() - started:.0f} s: {refused.group(0).strip()}"
        if re.search(r"tly +\d+/", screen.splitlines()[-1]):  # not while a flash line covers it
            status = screen.splitlines()[-1]
        if after_first_minute is None and time.monotonic() - started >= 60:
            after_first_minute = status
    elapsed = time.monotonic() - started
    real.stop()
    demo.stop()
    server.shutdown()
    sim["proc"].terminate()
    sim["proc"].wait(timeout=10)

    steady = 3600 / (elapsed - 60)  # per hour, from what was sent after the first minute
    print(f"API cost over {elapsed / 60:.1f} min of wall time (simulator at speed {args.speed:g}: "
          f"{elapsed * args.speed / 3600:.1f} simulated hours); per hour = after the first minute's start-up\n")
    print("service      config   requests  per hour  worst 60 s  documented limit  429s")
    print("-----------  -------  --------  --------  ----------  ----------------  ----")
    for service, (limit, window) in LIMITS.items():
        log = [(t, s) for t, svc, s in counter.log if svc == service]
        later = sum(1 for t, _ in log if t >= started + 60)
        refused = sum(1 for _, s in log if s == 429)
        worst = worst_window([t for t, _ in log], 60)
        print(f"{service:<12} {'default':<8} {len(log):>8}  {later * steady:>8.0f}  {worst:>10}  "
              f"{limit_text(service, limit, window):<16}  {refused:>4}")
    budgets = dict(re.findall(r"(tly|tap|apt) +(\d+)/\d+(?:h|/min|m)", status))
    first = dict(re.findall(r"(tly|tap|apt) +(\d+)/\d+(?:h|/min|m)", after_first_minute or ""))
    for service, short in (("tinylytics", "tly"), ("taplytics", "tap"), ("apteligent", "apt")):
        limit, window = LIMITS[service]
        used, early = int(budgets.get(short, 0)), int(first.get(short, 0))
        if short == "apt":  # the budget counts the last minute
            total, hourly, worst = "-", used * 60, used
        else:
            total, hourly, worst = used, (used - early) * steady, "-"
        print(f"{service:<12} {'demo':<8} {total:>8}  {hourly:>8.0f}  {worst:>10}  "
              f"{limit_text(service, limit, window):<16}  {'seen' if seen_429_demo else 0:>4}")
    print("\ndefault: counted at a proxy in front of the simulator; demo: launchdeck's own budget counters "
          f"(status bar at the end: {status.strip()!r}); demo 429s: any '429 from' or 'rate limit' on its screen during the run.")
    if seen_429_demo:
        print(f"demo: first refusal on screen {seen_429_demo}")


if __name__ == "__main__":
    main()
