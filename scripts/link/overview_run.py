"""What the layout scripts share about running the dashboard: the benchmark's harness
(scripts/bench-terminal.py, loaded by its path: its name has a dash) and the keys that watch the
overview as a launch day does. profile.py records the first part of the profile with those keys
and cold_code.py measures with the same ones, so the check looks at the code the profile packed."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# A pane focused, frozen and zoomed, then back: the overview's keys in the profile's first part.
WATCH_KEYS = ["2", "1", "f", "z", "z", "f"]


def bench_module():
    """scripts/bench-terminal.py as a module (its simulator, programs and private home), with
    scripts/ on the path for its bench_pty."""
    spec = importlib.util.spec_from_file_location("bench_terminal", os.path.join(HERE, "..", "bench-terminal.py"))
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.join(HERE, ".."))
    spec.loader.exec_module(module)
    return module
