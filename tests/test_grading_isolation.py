"""The sandbox against a student who attacks the host, run through the real bubblewrap sandbox.

Issue 12, item 1: the sandbox's uid used to map to root on the host, /proc/sys was writable and
nested user namespaces were allowed (a core_pattern write, or `unshare -UrmC` plus a cgroup
mount that raised the sandbox's own limits). Each test starts a sandbox as the grader does
(`Sandbox.start`), runs the student's code as a cell, and reads what it found with a `get`.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from autograder.grading import safe_codec, sandbox
from autograder.grading.sandbox import Limits, Sandbox

pytestmark = pytest.mark.skipif(sandbox.bwrap_path() is None, reason="bubblewrap not installed")

LIMITS = Limits(memory_limit_mb=768, max_processes=32)


@pytest.fixture
def box(tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    (folder / "helper.txt").write_text("the student's own file\n")
    (folder / "my_helpers.py").write_text("def double(x):\n    return 2 * x\n")
    running = Sandbox("w01_orientation", folder, LIMITS, unsafe=False)
    running.start()
    header, _ = running.request({"op": "ping", "packages": []}, 120)
    assert "missing_packages" not in header
    try:
        yield running
    finally:
        running.stop()


def run(box: Sandbox, code: str, name: str = "found", timeout: float = 60):
    header, _ = box.request({"op": "run", "code": code, "timeout": timeout}, timeout + 5)
    assert header.get("ok"), header
    header, buffers = box.request({"op": "get", "name": name}, 30)
    return safe_codec.decode(header["value"], buffers)


def _tree(root: int) -> list[int]:
    """root and every process below it on the host."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            ppid = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("PPid:"))
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def _ids(pid: int, key: str) -> list[int]:
    status = Path(f"/proc/{pid}/status").read_text()
    return [int(x) for x in next(x for x in status.splitlines() if x.startswith(key)).split()[1:]]


def test_every_sandboxed_process_runs_as_an_unprivileged_host_uid(box):
    inside = run(box, "import os\nfound = [os.getuid(), open('/proc/self/uid_map').read().split()]")
    pids = _tree(box.process.pid)
    assert len(pids) >= 3  # bwrap, bwrap as PID 1, the runner
    for pid in pids:
        for key in ("Uid:", "Gid:"):
            ids = _ids(pid, key)
            assert 0 not in ids, (pid, key, ids)
        assert _ids(pid, "Groups:") == []
    assert inside[0] == sandbox.SANDBOX_UID
    # As the host sees the runner's user namespace: the sandbox's uid is one unprivileged uid.
    mapped = Path(f"/proc/{pids[-1]}/uid_map").read_text().split()
    assert mapped[0] == str(sandbox.SANDBOX_UID) and mapped[1] != "0" and mapped[2] == "1"
    if os.getuid() == 0:
        assert int(mapped[1]) == sandbox.host_uid()


def test_the_kernel_settings_are_read_only(box):
    # Each file gets back the value it holds (when readable): were the write to succeed, as
    # it did before the fix, the host would still be unharmed.
    before = Path("/proc/sys/kernel/core_pattern").read_text()
    found = run(
        box,
        """
found = {}
for path in ["/proc/sys/kernel/core_pattern", "/proc/sys/kernel/core_uses_pid",
             "/proc/sys/kernel/hostname", "/proc/sysrq-trigger"]:
    try:
        with open(path) as handle:
            value = handle.read()
    except OSError:
        value = ""
    try:
        with open(path, "w") as handle:
            handle.write(value)
        found[path] = "written"
    except OSError as exc:
        found[path] = type(exc).__name__
""",
    )
    assert "written" not in found.values(), found
    assert Path("/proc/sys/kernel/core_pattern").read_text() == before


def test_no_new_namespaces_or_mounts(box):
    found = run(
        box,
        """
import ctypes, os, subprocess
found = {}
libc = ctypes.CDLL(None, use_errno=True)
flags = {"CLONE_NEWUSER": 0x10000000, "CLONE_NEWNS": 0x00020000, "CLONE_NEWNET": 0x40000000,
         "CLONE_NEWPID": 0x20000000, "CLONE_NEWCGROUP": 0x02000000}
for name, flag in flags.items():  # os.unshare(os.CLONE_NEWUSER) from Python 3.12 on
    found[name] = ctypes.get_errno() if libc.unshare(flag) else "allowed"
for command in (["unshare", "-U", "true"], ["unshare", "-UrmC", "true"],
                ["unshare", "-r", "mount", "-t", "tmpfs", "none", "/tmp"]):
    done = subprocess.run(command, capture_output=True)
    found[" ".join(command)] = done.returncode
rc = libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)
found["mount"] = ctypes.get_errno() if rc else "allowed"
pid = os.fork()  # an ordinary fork (clone without CLONE_NEW*) still works
if pid == 0:
    os._exit(7)
found["fork"] = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
""",
    )
    assert found.pop("fork") == 7
    assert "allowed" not in found.values(), found
    assert all(v != 0 for k, v in found.items() if k.startswith("unshare")), found


def test_limits_hold_after_the_student_tries_to_raise_them(box):
    pids_before = box.cgroups.paths.get("pids")
    memory_before = box.cgroups.paths.get("memory")
    limits_before = {
        p: (p / f).read_text()
        for p, f in ((pids_before, "pids.max"), (memory_before, "memory.limit_in_bytes"))
        if p is not None
    }
    found = run(
        box,
        """
import os, resource, subprocess
found = {}
for name in ["RLIMIT_AS", "RLIMIT_NPROC", "RLIMIT_FSIZE"]:
    limit = getattr(resource, name)
    try:
        resource.setrlimit(limit, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        found[name] = "raised"
    except (ValueError, OSError) as exc:
        found[name] = type(exc).__name__
done = subprocess.run(["unshare", "-UrmC", "sh", "-c",
                       "mount -t cgroup -o pids none /mnt && echo 4096 > /mnt/pids.max"],
                      capture_output=True)
found["cgroup"] = done.returncode
found["sys"] = os.path.exists("/sys/fs/cgroup")
children = []
try:
    for _ in range(200):
        pid = os.fork()
        if pid == 0:
            import time
            time.sleep(30)
            os._exit(0)
        children.append(pid)
except OSError:
    pass
found["forked"] = len(children)
for pid in children:
    os.kill(pid, 9)
    os.waitpid(pid, 0)
try:
    hog = bytearray(2 * 2**30)
    found["memory"] = "allocated"
except MemoryError:
    found["memory"] = "MemoryError"
""",
    )
    assert found["RLIMIT_AS"] != "raised" and found["RLIMIT_NPROC"] != "raised", found
    assert found["cgroup"] != 0 and found["sys"] is False, found
    assert found["forked"] < LIMITS.max_processes, found
    assert found["memory"] == "MemoryError", found
    for path, text in limits_before.items():
        name = "pids.max" if "pids" in str(path) else "memory.limit_in_bytes"
        assert (path / name).read_text() == text
    for pid in _tree(box.process.pid):
        line = next(
            x
            for x in Path(f"/proc/{pid}/limits").read_text().splitlines()
            if x.startswith("Max address space")
        )
        assert line.split()[4] == str(LIMITS.memory_limit_mb * 2**20), line


def test_the_staging_folder_belongs_to_the_sandbox_and_goes_away(box):
    staging = box._staging
    assert staging is not None and staging.is_dir()
    info = staging.stat()
    assert info.st_mode & 0o077 == 0
    if os.getuid() == 0:
        assert info.st_uid == sandbox.host_uid()
    assert run(box, "found = open('helper.txt').read()") == "the student's own file\n"
    box.stop()
    time.sleep(0.1)
    assert not staging.exists()


def test_seccomp_program_is_well_formed():
    for machine in ("x86_64", "aarch64"):
        program = sandbox.seccomp_program(machine)
        assert program is not None and len(program) % 8 == 0 and len(program) // 8 < 256
    assert sandbox.seccomp_program("sparc") is None


def test_a_helper_module_beside_the_notebook_imports(box):
    """As in Jupyter (and nbgrader), the notebook's folder is on the import path (issue 12.6)."""
    assert run(box, "import my_helpers\nfound = my_helpers.double(21)") == 42
