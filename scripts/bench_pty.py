"""A program in a real pty, watched byte by byte: what it writes (with times, fed to a
pyte screen), its CPU from /proc/PID/stat and its peak memory (VmHWM).
Used by bench-terminal.py; one concept: the terminal a benchmark looks through."""
import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time

import pyte

TICK = os.sysconf("SC_CLK_TCK")


class Pty:
    def __init__(self, argv, env, cols=120, rows=40):
        self.cols, self.rows = cols, rows
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.chunks = []  # (time, bytes)
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    # Output -----------------------------------------------------------------------
    def pump(self, seconds):
        """Reads what the program writes for `seconds`; returns the bytes read."""
        deadline = time.monotonic() + seconds
        total = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return total
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return total
            if not data:
                return total
            self.chunks.append((time.monotonic(), len(data)))
            self.stream.feed(data)
            total += len(data)

    def wait_for(self, predicate, timeout):
        """Pumps until predicate(screen text) holds; the time it first held, or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self.text()):
                return time.monotonic()
            self.pump(0.002)
        return None

    def quiet(self, gap=0.2, limit=5.0):
        """Pumps until nothing arrives for `gap` seconds; the bytes read."""
        total, end = 0, time.monotonic() + limit
        while time.monotonic() < end:
            n = self.pump(gap)
            total += n
            if n == 0:
                break
        return total

    def frame(self, timeout, gap=0.02):
        """Waits up to `timeout` for a write, then reads the burst it starts; its bytes."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        return self.quiet(gap=gap) if ready else 0

    def text(self):
        return "\n".join(self.screen.display)

    def cells(self):
        """Every cell with its look, to tell a frame that only recolours from none."""
        return [[(c.data, c.fg, c.bg, c.bold, c.reverse) for c in (line[x] for x in range(self.cols))]
                for line in (self.screen.buffer[y] for y in range(self.rows))]

    def frames(self, since, gap=0.02):
        """The writes after `since`, grouped into frames (bursts apart by more than `gap`)."""
        out, last = [], None
        for t, n in self.chunks:
            if t < since:
                continue
            if last is not None and t - last <= gap:
                out[-1] += n
            else:
                out.append(n)
            last = t
        return out

    # Input and process ---------------------------------------------------------------
    def send(self, keys):
        os.write(self.fd, keys.encode())

    def cpu_ticks(self):
        """utime + stime + cutime + cstime (children it waited for, e.g. watch's curl | jq)."""
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return sum(int(fields[i]) for i in (11, 12, 13, 14))

    def peak_rss_mb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def stop(self):
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            end = time.monotonic() + 2
            while time.monotonic() < end:
                self.pump(0.05)
                if os.waitpid(self.pid, os.WNOHANG)[0]:
                    os.close(self.fd)
                    return
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)


def changed_cells(before, after):
    return [(y, x) for y in range(len(after)) for x in range(len(after[y])) if before[y][x] != after[y][x]]


def runs(cells):
    """Runs of changed cells: on one line, at most 2 columns apart (a number moving on)."""
    count, last = 0, None
    for y, x in sorted(cells):
        if last is None or y != last[0] or x - last[1] > 2:
            count += 1
        last = (y, x)
    return count
