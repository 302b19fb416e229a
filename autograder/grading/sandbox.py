"""The sandbox one submission's code runs in, seen from the grader's side.

`Sandbox` starts sandbox_runner.py under bubblewrap (see SANDBOX.md), as an unprivileged host
uid of its own (never root: the sandbox's uid maps to that uid outside): a private mount
namespace holding only read-only system and Python paths, the shared data folder and a
read-only copy of the student's folder; no capabilities; /proc/sys read-only; no further user
namespaces (--disable-userns) and a seccomp filter against new namespaces and mounts; no
network; private /tmp, /home, PID and IPC namespaces; die-with-parent. Limits: address space,
file size, open files (rlimits), memory and process count (cgroup v1, when the grader may
create cgroups), per-request time (the caller's deadline) and printed bytes (counted here; the
excess is discarded). It talks to the runner over a socketpair and never unpickles what comes
back (see safe_codec).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import importlib.util
import os
import pickle
import resource
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from . import safe_codec

HERE = Path(__file__).resolve().parent
RUNNER_FILES = ("sandbox_runner.py", "safe_codec.py")
SANDBOX_HOME = "/home/student"
SANDBOX_CODE = "/opt/smcm"
SANDBOX_UID = 65534  # "nobody" inside the user namespace
# bwrap runs as an unprivileged host uid of its own, one per grading process (base + pid): no
# user owns it, no file outside belongs to it except the sandbox's staging folder, and its
# process count (RLIMIT_NPROC) is the sandbox's alone.
HOST_UID_BASE = 1_900_000_000
CGROUP_ROOT = Path("/sys/fs/cgroup")
# The sandbox's own processes when nothing else runs: bwrap, bwrap as PID 1, the runner.
SANDBOX_OWN_PROCESSES = 3


class SandboxUnavailable(RuntimeError):
    """bubblewrap is missing or cannot create namespaces here; grading refuses to run."""


class SandboxDied(RuntimeError):  # noqa: N818
    """The runner process ended (the student's code killed it, or a limit did)."""


class SandboxTimeout(RuntimeError):  # noqa: N818
    """The runner did not answer in time; the sandbox has been killed."""


class ProtocolError(RuntimeError):
    """The runner answered with something that is not an answer to the request."""


@dataclass(frozen=True)
class Limits:
    memory_limit_mb: int = 2048
    max_processes: int = 64
    output_limit_bytes: int = 1_000_000
    file_size_mb: int = 256
    open_files: int = 256

    @property
    def max_message_bytes(self) -> int:
        return min(self.memory_limit_mb, 1024) * 2**20


# ------------------------------------------------------------------------------------------
# bubblewrap
# ------------------------------------------------------------------------------------------


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


_bwrap_checked: dict[str, str | None] = {}


def check_bwrap() -> str:
    """The bwrap executable, after proving it can build a sandbox here (cached per process)."""
    path = bwrap_path()
    if path is None:
        raise SandboxUnavailable(
            "bubblewrap (bwrap) is not installed: run ./smcm bootstrap (apt-get install "
            "bubblewrap), or pass --unsafe to grade without a sandbox"
        )
    if path not in _bwrap_checked:
        # As the sandbox runs: an unprivileged uid, the interpreter and venv bound read-only.
        uid = host_uid()
        probe = subprocess.run(
            [path, "--unshare-all", "--unshare-user", "--uid", str(SANDBOX_UID), "--gid",
             str(SANDBOX_UID), "--disable-userns", "--die-with-parent", "--cap-drop", "ALL",
             *_system_binds(), *python_binds(), "--proc", "/proc", "--dev", "/dev",
             sys.executable, "-I", "-c", "import encodings"],
            capture_output=True, text=True, timeout=60,
            preexec_fn=functools.partial(_become, uid) if os.getuid() == 0 else None,
        )  # fmt: skip
        problem = probe.stderr.strip()[-300:]
        if probe.returncode != 0 and ("ermission denied" in problem or not problem):
            problem += (
                f" (the sandbox runs as an unprivileged user: {sys.executable} and "
                f"{sys.prefix} must be readable by everyone; ./smcm builds .venv from "
                "Debian's /usr/bin/python3.11 for this)"
            )
        _bwrap_checked[path] = None if probe.returncode == 0 else problem
    if _bwrap_checked[path] is not None:
        raise SandboxUnavailable(f"bwrap cannot create a sandbox here: {_bwrap_checked[path]}")
    return path


def limit_trusted_memory(limits: Limits) -> int:
    """Bound the trusted grading child's address space (soft RLIMIT_AS): what it holds now (the
    source's set-up data, inherited from the warm server) plus room for the tests and for two
    of the largest answers the sandbox may send. An answer too large to decode then fails that
    call (MemoryError -> unreadable), not the machine. Returns the limit in bytes."""
    size = 0
    with contextlib.suppress(OSError, StopIteration, ValueError):
        status = Path("/proc/self/status").read_text().splitlines()
        size = int(next(x for x in status if x.startswith("VmSize:")).split()[1]) * 1024
    limit = size + 2 * limits.max_message_bytes + 4 * 2**30
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return limit


def host_uid() -> int:
    """The unprivileged host uid this process's sandboxes run as."""
    return HOST_UID_BASE + os.getpid()


def _become(uid: int) -> None:
    """In a child before exec: drop root for good (groups, gid, uid)."""
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)


# --- seccomp: no new namespaces, no mounts, a few kernel interfaces students never need -----

# (audit arch, syscalls refused with EPERM, clone, clone3) per architecture.
_SYSCALLS = {
    "x86_64": (0xC000003E, {
        "unshare": 272, "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155,
        "chroot": 161, "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431,
        "fsmount": 432, "fspick": 433, "mount_setattr": 442, "bpf": 321,
        "perf_event_open": 298, "userfaultfd": 323, "keyctl": 250, "add_key": 248,
        "request_key": 249, "io_uring_setup": 425, "io_uring_enter": 426,
        "io_uring_register": 427, "kexec_load": 246, "init_module": 175,
        "finit_module": 313, "delete_module": 176,
    }, 56, 435),
    "aarch64": (0xC00000B7, {
        "unshare": 97, "setns": 268, "mount": 40, "umount2": 39, "pivot_root": 41,
        "chroot": 51, "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431,
        "fsmount": 432, "fspick": 433, "mount_setattr": 442, "bpf": 280,
        "perf_event_open": 241, "userfaultfd": 282, "keyctl": 219, "add_key": 217,
        "request_key": 218, "io_uring_setup": 425, "io_uring_enter": 426,
        "io_uring_register": 427, "kexec_load": 104, "init_module": 105,
        "finit_module": 273, "delete_module": 106,
    }, 220, 435),
}  # fmt: skip
CLONE_NEW_FLAGS = (
    0x7E020080  # CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET, NEWTIME
)


def seccomp_program(machine: str | None = None) -> bytes | None:
    """A classic-BPF seccomp filter (bwrap --seccomp) for this machine, None if unknown.

    Refused with EPERM: unshare, setns, the mount family, clone with any CLONE_NEW* flag, and
    bpf, perf_event_open, userfaultfd, keyrings, io_uring, module and kexec loading; clone3
    answers ENOSYS (its flags live in memory a filter cannot read; glibc falls back to clone).
    Other architectures' system calls (i386, x32 on x86_64) are refused too.
    """
    machine = machine or os.uname().machine
    if machine not in _SYSCALLS:
        return None
    arch, refused, clone, clone3 = _SYSCALLS[machine]
    ld, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06
    allow, eperm, enosys = 0x7FFF0000, 0x00050000 | errno.EPERM, 0x00050000 | errno.ENOSYS
    code = [(ld, 0, 0, 4), (jeq, 1, 0, arch), (ret, 0, 0, eperm), (ld, 0, 0, 0)]
    if machine == "x86_64":
        code += [(jge, 0, 1, 0x40000000), (ret, 0, 0, eperm)]  # x32 system calls
    for number in sorted(refused.values()):
        code += [(jeq, 0, 1, number), (ret, 0, 0, eperm)]
    code += [(jeq, 0, 1, clone3), (ret, 0, 0, enosys)]
    # clone: the low 32 bits of its first argument (flags) at offset 16 (little-endian).
    code += [(jeq, 0, 4, clone), (ld, 0, 0, 16), (jset, 0, 1, CLONE_NEW_FLAGS),
             (ret, 0, 0, eperm), (ret, 0, 0, allow)]  # fmt: skip
    code += [(ret, 0, 0, allow)]
    return b"".join(struct.pack("=HBBI", *instruction) for instruction in code)


def _seccomp_fd() -> int | None:
    program = seccomp_program()
    if program is None or sys.byteorder != "little":
        return None
    fd = os.memfd_create("smcm-seccomp", 0)
    os.write(fd, program)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def _system_binds() -> list[str]:
    """Read-only system folders; merged-/usr symlinks (/bin -> usr/bin) stay symlinks."""
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        path = Path("/") / name
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    if Path("/etc/ld.so.cache").is_file():
        args += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    return args


def python_binds() -> list[str]:
    """The interpreter, the environment's packages, and the course's data package only.

    The project is installed editable, so its packages live in the repository: bind the folder
    of smcm_data (students use it) and nothing else of the repository (no source/, no
    autograder/, no gradebook).
    """
    folders = {Path(sys.base_prefix).resolve(), Path(sys.prefix).absolute()}
    spec = importlib.util.find_spec("smcm_data")
    if spec is not None and spec.submodule_search_locations:
        folders.add(Path(next(iter(spec.submodule_search_locations))).resolve())
    args = []
    for folder in sorted(folders):
        if not str(folder).startswith("/usr/"):
            args += ["--ro-bind", str(folder), str(folder)]
    return args


def data_folders() -> list[Path]:
    """Existing folders smcm_data reads data from (the shared data folder, the fetch cache)."""
    try:
        from smcm_data.locate import search_folders
    except ImportError:  # pragma: no cover -- the course always installs smcm_data
        return []
    return [folder for folder in search_folders() if folder.is_dir()]


@functools.cache
def matplotlib_font_list() -> Path | None:
    """A font list matplotlib builds once per machine, outside any sandbox.

    Every sandbox starts with an empty /tmp, so matplotlib would rescan the system's fonts in
    each submission (0.2-0.3 s of CPU). Binding this trusted file read-only into the sandbox's
    writable /tmp/matplotlib lets it skip the scan; matplotlib only reads the file.
    """
    try:
        import matplotlib
    except ImportError:  # pragma: no cover -- the course always installs matplotlib
        return None
    folder = Path(tempfile.gettempdir()) / f"smcm-mplconfig-{os.getuid()}-{matplotlib.__version__}"
    found = sorted(folder.glob("fontlist-*.json"))
    if not found:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-c", "import matplotlib.font_manager"],
            env=dict(os.environ, MPLCONFIGDIR=str(folder)),
            check=False,
            capture_output=True,
            timeout=120,
        )
        found = sorted(folder.glob("fontlist-*.json"))
    return found[-1] if found else None


def sandbox_command(
    bwrap: str,
    submission_copy: Path,
    assignment: str,
    socket_fd: int,
    seccomp_fd: int | None = None,
    font_list: Path | None = None,
) -> list:
    """The bwrap command line; every path it binds must be readable by the sandbox's host uid
    (Sandbox.start stages the submission and the font list in a folder that uid owns)."""
    workdir = f"{SANDBOX_HOME}/{assignment}"
    data = data_folders()
    env = {
        "HOME": SANDBOX_HOME,
        "PATH": f"{Path(sys.prefix).absolute()}/bin:/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": "/tmp/matplotlib",
        "IPYTHONDIR": "/tmp/ipython",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        # One thread per library: limits stay meaningful and parallel grading does not thrash.
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "SMCM_SOCKET_FD": str(socket_fd),
    }
    if data:
        env["SMCM_DATA_DIR"] = str(data[0])
    args = [
        bwrap,
        "--unshare-all",  # user, ipc, pid, net, uts, cgroup namespaces
        "--unshare-user", "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID),
        "--disable-userns",  # no user namespace inside: no way to regain capabilities
        "--die-with-parent", "--new-session", "--cap-drop", "ALL",
        "--hostname", "sandbox",
        # Empty folders first, binds after: bwrap mounts in order, so a course, venv or data
        # folder that lives under /tmp (or /home/student) is mounted over them, not hidden.
        "--tmpfs", "/tmp", "--tmpfs", SANDBOX_HOME,
        *_system_binds(),
        *python_binds(),
    ]  # fmt: skip
    for folder in data:
        args += ["--ro-bind", str(folder), str(folder)]
    for name in RUNNER_FILES:
        args += ["--ro-bind", str(HERE / name), f"{SANDBOX_CODE}/{name}"]
    args += [
        "--proc", "/proc",
        # The kernel's settings stay read-only (core_pattern, sysrq, ...), as in a container.
        "--ro-bind", "/proc/sys", "/proc/sys",
        "--ro-bind-try", "/proc/sysrq-trigger", "/proc/sysrq-trigger",
        "--dev", "/dev",
        "--ro-bind", str(submission_copy), f"{SANDBOX_HOME}/.submission",
        "--dir", workdir, "--chdir", workdir,
        "--clearenv",
    ]  # fmt: skip
    if seccomp_fd is not None:
        args += ["--seccomp", str(seccomp_fd)]
    if font_list is not None:
        args += ["--ro-bind", str(font_list), f"/tmp/matplotlib/{font_list.name}"]
    for key, value in env.items():
        args += ["--setenv", key, value]
    return [*args, sys.executable, f"{SANDBOX_CODE}/sandbox_runner.py"]


def unsafe_command() -> list:
    """No sandbox (the instructor passed --unsafe): the same runner, rlimits and cgroups only."""
    return [sys.executable, str(HERE / "sandbox_runner.py")]


# ------------------------------------------------------------------------------------------
# cgroup v1 (memory and pids), when available
# ------------------------------------------------------------------------------------------


@dataclass
class ControlGroups:
    """One submission's memory and pids cgroups (v1), nested under the grader's own."""

    paths: dict[str, Path] = field(default_factory=dict)

    @classmethod
    def create(cls, limits: Limits) -> ControlGroups:
        groups = cls()
        name = f"smcm-sandbox-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        for controller in ("memory", "pids"):
            path = _own_cgroup(controller)
            if path is None:
                continue
            path = path / name
            try:
                path.mkdir()
                if controller == "memory":
                    # Headroom over the address-space limit: normally RLIMIT_AS answers first
                    # with a MemoryError; this catches memory that RLIMIT_AS does not see.
                    limit = (limits.memory_limit_mb + 256) * 2**20
                    (path / "memory.limit_in_bytes").write_text(str(limit))
                    with contextlib.suppress(OSError):
                        (path / "memory.memsw.limit_in_bytes").write_text(str(limit))
                else:
                    (path / "pids.max").write_text(str(limits.max_processes))
            except OSError:
                with contextlib.suppress(OSError):
                    path.rmdir()
                continue
            groups.paths[controller] = path
        return groups

    @classmethod
    def remove_leftovers(cls, owner_pid: int) -> None:
        """Remove the cgroups a killed grading process (owner_pid) could not remove itself."""
        for controller in ("memory", "pids"):
            parent = _own_cgroup(controller)
            if parent is None:
                continue
            for path in parent.glob(f"smcm-sandbox-{owner_pid}-*"):
                cls({controller: path}).remove()

    def attach_self(self) -> None:
        """Called in the child before exec: every process the sandbox starts is counted."""
        for path in self.paths.values():
            (path / "cgroup.procs").write_text(str(os.getpid()))

    def processes(self) -> list[int]:
        path = self.paths.get("pids") or self.paths.get("memory")
        if path is None:
            return []
        try:
            return [int(x) for x in (path / "cgroup.procs").read_text().split()]
        except OSError:
            return []

    def memory_limit_hit(self) -> bool:
        path = self.paths.get("memory")
        if path is None:
            return False
        try:
            oom = (path / "memory.oom_control").read_text()
            kills = dict(line.split() for line in oom.splitlines() if line.strip())
            return int(kills.get("oom_kill", 0)) > 0
        except (OSError, ValueError):
            return False

    def process_limit_hit(self) -> bool:
        path = self.paths.get("pids")
        if path is None:
            return False
        try:
            return int((path / "pids.events").read_text().split()[-1]) > 0
        except (OSError, ValueError, IndexError):
            return False

    def kill_all(self) -> None:
        for _ in range(200):
            pids = self.processes()
            if not pids:
                return
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.01)

    def remove(self) -> None:
        self.kill_all()
        for path in self.paths.values():
            for _ in range(100):
                try:
                    path.rmdir()
                    break
                except OSError as exc:
                    if exc.errno == errno.ENOENT:
                        break
                    time.sleep(0.02)


def _own_cgroup(controller: str) -> Path | None:
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if controller in controllers.split(","):
            folder = CGROUP_ROOT / controller / path.lstrip("/")
            return folder if os.access(folder, os.W_OK) else None
    return None


# ------------------------------------------------------------------------------------------
# The runner, seen from the grader
# ------------------------------------------------------------------------------------------


class Sandbox:
    """One running sandbox: send a request, wait (with a deadline) for its answer."""

    def __init__(self, assignment: str, submission_copy: Path, limits: Limits, unsafe: bool):
        self.assignment = assignment
        self.submission_copy = submission_copy
        self.limits = limits
        self.unsafe = unsafe
        self.output_bytes = 0
        self.process: subprocess.Popen | None = None
        self.cgroups = ControlGroups()
        self._next_id = 0
        self._unsafe_dir: Path | None = None
        self._staging: Path | None = None
        # What the sandbox did, read from its cgroups just before they are removed.
        self.background = 0
        self.memory_limit_hit = False
        self.process_limit_hit = False

    # --- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        ours, theirs = socket.socketpair()
        out_read, out_write = os.pipe()
        self.cgroups = ControlGroups.create(self.limits)
        if self.unsafe:
            self._unsafe_dir = (
                Path(os.environ.get("TMPDIR", "/tmp")) / f"smcm-unsafe-{uuid.uuid4().hex}"
            )
            shutil.copytree(self.submission_copy, self._unsafe_dir)
            command = unsafe_command()
            cwd, env = self._unsafe_dir, self._unsafe_env(theirs.fileno())
        pass_fds, uid, seccomp = [theirs.fileno()], None, None
        if not self.unsafe:
            bwrap = check_bwrap()
            uid = host_uid() if os.getuid() == 0 else None
            submission, font_list = self._stage(uid)
            seccomp = _seccomp_fd()
            pass_fds += [seccomp] if seccomp is not None else []
            command = sandbox_command(bwrap, submission, self.assignment, theirs.fileno(),
                                      seccomp, font_list)  # fmt: skip
            cwd, env = "/", {}
        limits, cgroups = self.limits, self.cgroups
        # With a pids cgroup, that is the limit (and its hit is reported); RLIMIT_NPROC, now
        # that the sandbox's uid is its own, backs it up a little above.
        nproc = limits.max_processes + (16 if "pids" in cgroups.paths else 0)

        def in_child():  # runs between fork and exec: only async-signal-safe-ish calls
            cgroups.attach_self()
            memory = limits.memory_limit_mb * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
            files = limits.file_size_mb * 2**20
            resource.setrlimit(resource.RLIMIT_FSIZE, (files, files))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files, limits.open_files))
            resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
            if uid is not None:
                _become(uid)  # last: the cgroup and the hard limits need root

        try:
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=out_write, stderr=out_write,
                pass_fds=pass_fds, cwd=cwd, env=env or None,
                preexec_fn=in_child, start_new_session=True,
            )  # fmt: skip
        finally:
            if seccomp is not None:
                os.close(seccomp)
        theirs.close()
        os.close(out_write)
        self.sock = ours
        self.sock.setblocking(False)
        self.out = out_read
        self.out_open = True
        os.set_blocking(self.out, False)

    def _stage(self, uid: int | None) -> tuple[Path, Path | None]:
        """The submission copy and matplotlib's font list, in a folder of the sandbox's own
        uid (0700): bwrap, running as that uid, must read what it binds, and the engine's
        folders are root's. Removed in stop()."""
        self._staging = Path(tempfile.mkdtemp(prefix="smcm-sandbox-"))
        submission = self._staging / "submission"
        shutil.copytree(self.submission_copy, submission, symlinks=True)
        font_list = matplotlib_font_list()
        if font_list is not None:
            font_list = Path(shutil.copy(font_list, self._staging / font_list.name))
        if uid is not None:
            for folder, dirs, files in os.walk(self._staging):
                for name in [".", *dirs, *files]:
                    os.chown(os.path.join(folder, name), uid, uid, follow_symlinks=False)
        return submission, font_list

    def _unsafe_env(self, fd: int) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SMCM_SOCKET")}
        env.update(MPLBACKEND="Agg", SMCM_SOCKET_FD=str(fd), OPENBLAS_NUM_THREADS="1",
                   OMP_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1")  # fmt: skip
        return env

    def background_processes(self) -> int:
        """Processes in the sandbox beyond its own three (only known with cgroups)."""
        if not self.cgroups.paths or self.unsafe:
            return 0
        return max(len(self.cgroups.processes()) - SANDBOX_OWN_PROCESSES, 0)

    def stop(self) -> None:
        """Kill everything the sandbox started; safe to call twice."""
        if self.process is None:
            return
        self.background = self.background_processes()
        self.memory_limit_hit = self.cgroups.memory_limit_hit()
        self.process_limit_hit = self.cgroups.process_limit_hit()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.cgroups.kill_all()
        with contextlib.suppress(Exception):
            self.process.wait(timeout=10)
        self.drain(0)
        with contextlib.suppress(OSError):
            self.sock.close()
        with contextlib.suppress(OSError):
            os.close(self.out)
        self.cgroups.remove()
        for folder in (self._unsafe_dir, self._staging):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
        self._unsafe_dir = self._staging = None
        self.process = None

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    # --- requests --------------------------------------------------------------------------
    def request(self, request: dict, timeout: float, on_callback=None):
        """(header, buffers) of the runner's answer, or SandboxDied/SandboxTimeout/ProtocolError.

        While it works on the request, the runner may call back one of the test's own
        functions: `on_callback(header, buffers)` runs it here and returns the reply to send
        (the time it takes is the test's, not the student's: the deadline moves by as much).
        A call-back may itself call the student's code (a nested request): messages nest like
        calls, so each level reads until the answer to its own request.
        """
        if self.process is None:
            raise SandboxDied("the sandbox is not running")
        self._next_id += 1
        request = dict(request, id=self._next_id)
        deadline = time.monotonic() + timeout
        self._send(request, deadline, timeout)
        while True:
            header, buffers = self._receive(deadline, timeout)
            if header.get("id") != request["id"]:
                raise ProtocolError("an answer to another request")
            if "callback" not in header:
                return header, buffers
            if on_callback is None:
                raise ProtocolError("a call-back where none was passed")
            started = time.monotonic()
            reply = on_callback(header, buffers)
            deadline += time.monotonic() - started
            self._send(dict(reply, id=request["id"]), deadline, timeout)

    def _send(self, message: dict, deadline: float, timeout: float) -> None:
        payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        outgoing = memoryview(struct.pack(">Q", len(payload)) + payload)
        while outgoing:
            writable = self._wait(deadline, timeout, write=True)
            if not writable:
                continue
            try:
                sent = self.sock.send(outgoing[: 1 << 20])
                outgoing = outgoing[sent:]
            except BlockingIOError:
                pass
            except OSError:
                raise SandboxDied("the runner closed its socket") from None

    def _wait(self, deadline: float, timeout: float, write: bool = False) -> bool:
        """Wait until the socket is readable (or writable), draining printed output."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            self.stop()
            raise SandboxTimeout(f"no answer within {timeout:g} s")
        readers = [self.sock, self.out] if self.out_open else [self.sock]
        writers = [self.sock] if write else []
        try:
            readable, writable, _ = select.select(readers, writers, [], remaining)
        except (OSError, ValueError) as exc:
            raise SandboxDied(str(exc)) from None
        if self.out in readable:
            self.drain(1)
        return bool(writable) if write else self.sock in readable

    def _receive(self, deadline: float, timeout: float):
        """One message from the runner: (header, buffers), never unpickled.

        The size is checked before anything is allocated; the message is read straight into
        one buffer of that size (no further copies: the buffers are views of it)."""
        head = bytearray(8)
        self._read_into(memoryview(head), deadline, timeout)
        (expected,) = struct.unpack(">Q", head)
        if expected > self.limits.max_message_bytes:
            self.stop()
            raise ProtocolError(f"an answer of {expected} bytes (over the limit)")
        message = bytearray(expected)
        self._read_into(memoryview(message), deadline, timeout)
        return safe_codec.unpack(message)

    def _read_into(self, view: memoryview, deadline: float, timeout: float) -> None:
        while view:
            if not self._wait(deadline, timeout):
                continue
            try:
                got = self.sock.recv_into(view, min(len(view), 1 << 20))
            except BlockingIOError:
                continue
            except OSError:
                got = 0
            if not got:
                raise SandboxDied("the runner process ended")
            view = view[got:]

    def drain(self, rounds: int) -> None:
        """Read what the student's code printed: count it, keep none of it."""
        for _ in range(max(rounds, 1) if rounds else 1000):
            try:
                chunk = os.read(self.out, 1 << 20)
            except (BlockingIOError, OSError):
                return
            if not chunk:
                self.out_open = False
                return
            self.output_bytes += len(chunk)
