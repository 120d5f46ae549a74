"""Time from launching `liaison-app` to its main window shown on screen (whole process).

Needs a real X display: run under Xvfb with xdotool installed, e.g.
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python bench/bench_startup.py --runs 5
Each run starts a fresh process on a copy of the demo database with empty settings and waits
until xdotool sees a visible window titled "Liaison Desk"; the bare cost beside it is starting
Python and importing PySide6's widgets and showing an empty QMainWindow.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("Liaison Desk bare"); w.resize(1200, 800); w.show()
app.exec()
"""


def wait_visible(title: str, process: subprocess.Popen, timeout: float = 60.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if process.poll() is not None:
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"the program exited with {process.returncode}:\n{error}")
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title],
            capture_output=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.strip():
            return time.perf_counter()
        time.sleep(0.01)
    raise TimeoutError(title)


def one_run(command: list[str], title: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        shown = wait_visible(title, process)
    finally:
        process.terminate()
        process.wait(timeout=10)
    return shown - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        print("needs DISPLAY (Xvfb) and xdotool", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="liaison-startup-"))
    demo = work / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "liaison_app", "--database", str(demo), "demo"], check=True
    )
    env = dict(os.environ, XDG_CONFIG_HOME=str(work / "config"), QT_QPA_PLATFORM="xcb")
    app_times, bare_times = [], []
    for _ in range(args.runs):
        shutil.rmtree(work / "config", ignore_errors=True)
        app_times.append(
            one_run(
                [sys.executable, "-m", "liaison_app", "--database", str(demo)], "Liaison Desk", env
            )
        )
        bare_times.append(one_run([sys.executable, "-c", BARE], "Liaison Desk bare", env))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    print(f"runs: {args.runs}")
    for name, value, times in (
        ("liaison-app to visible window", app, app_times),
        ("bare PySide6 window", bare, bare_times),
    ):
        print(f"{name:30} median {value:.2f} s  ({', '.join(f'{t:.2f}' for t in times)})")
    print(f"ratio: {app / bare:.2f}x")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
