"""jupyter_config.py is the one source of the course's settings, and both ways of running the
course honour it: plain `nbgrader ...` from the course root, and `smcm lab`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest

from autograder.commands.lab import lab_command, lab_environment
from autograder.config import load_course_config
from autograder.paths import COURSE_ROOT

ASSIGNMENT = "w01_orientation"
STUB_MARK = "smcm: exercise not attempted yet"  # only jupyter_config.py's code_stub says this
BIN = Path(sys.executable).parent


def _course_copy(tmp_path: Path, with_shim: bool) -> Path:
    course = tmp_path / "course"
    (course / "source").mkdir(parents=True)
    shutil.copytree(COURSE_ROOT / "source" / ASSIGNMENT, course / "source" / ASSIGNMENT)
    shutil.copy(COURSE_ROOT / "jupyter_config.py", course)
    if with_shim:
        shutil.copy(COURSE_ROOT / "nbgrader_config.py", course)
    return course


def _plain_nbgrader_stub_lines(course: Path) -> str:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    env.pop("JUPYTER_CONFIG_PATH", None)
    subprocess.run(
        [str(BIN / "nbgrader"), "generate_assignment", ASSIGNMENT, "--force"],
        cwd=course,
        env=env,
        check=True,
        capture_output=True,
    )
    nb = nbformat.read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code")


def test_plain_nbgrader_from_the_course_root_reads_jupyter_config(tmp_path):
    code = _plain_nbgrader_stub_lines(_course_copy(tmp_path, with_shim=True))
    assert STUB_MARK in code


def test_without_the_shim_nbgrader_ignores_jupyter_config(tmp_path):
    """The control: nbgrader does not read jupyter_config.py from the course folder by itself,
    so the test above really measures nbgrader_config.py's load_subconfig."""
    code = _plain_nbgrader_stub_lines(_course_copy(tmp_path, with_shim=False))
    assert STUB_MARK not in code and "NotImplementedError" in code


def test_course_tools_read_the_same_settings():
    config = load_course_config()
    assert STUB_MARK in config.ClearSolutions.code_stub["python"]
    assert config.ServerApp.ip == "127.0.0.1"


def test_lab_environment_puts_the_course_on_the_jupyter_config_path():
    env = lab_environment({"JUPYTER_CONFIG_PATH": "/elsewhere"})
    assert env["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [str(COURSE_ROOT), "/elsewhere"]


def test_lab_command_allows_root_only_when_root(monkeypatch):
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    assert lab_command([])[-1] == "--allow-root"
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert "--allow-root" not in lab_command([])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _non_loopback_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET address: no packet is sent for UDP connect
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


@pytest.fixture
def running_lab(tmp_path):
    port, token = _free_port(), "smcm-test-token"
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), HOME=str(tmp_path))
    proc = subprocess.Popen(
        [str(BIN / "smcm"), "lab", f"--ServerApp.port={port}", f"--IdentityProvider.token={token}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"smcm lab exited: {proc.stdout.read()}")
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    else:
        proc.kill()
        raise AssertionError("JupyterLab did not answer on 127.0.0.1 within 90 s")
    yield base, token, port
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_lab_answers_on_loopback_with_course_settings_and_nbgrader(running_lab):
    base, token, port = running_lab
    # default_url comes only from jupyter_config.py
    with urllib.request.urlopen(f"{base}/?token={token}", timeout=10) as response:
        assert response.url.split("?")[0].endswith("/lab/tree/release")
    # nbgrader's server extensions are enabled (formgrader and the assignment list)
    with urllib.request.urlopen(f"{base}/formgrader?token={token}", timeout=30) as response:
        assert response.status == 200
    # ... and its JupyterLab extension is among those the page loads
    with urllib.request.urlopen(f"{base}/lab?token={token}", timeout=30) as page:
        assert b"@jupyter/nbgrader" in page.read()
    # listening on loopback only
    other = _non_loopback_address()
    if other:
        with socket.socket() as s:
            s.settimeout(2)
            assert s.connect_ex((other, port)) != 0, f"the lab also answers on {other}"
