"""The student's side of grading. Runs inside the sandbox as `python sandbox_runner.py`.

It executes the student's code cells in an IPython shell and calls the student's functions
when the grader asks, over one socket (fd given in SMCM_SOCKET_FD):

    grader -> runner: 8-byte length + pickle of a request the grader made (trusted); large
                      set-up values come once ("keep") and are unpickled afresh per call
    runner -> grader: 8-byte length + safe_codec.pack(...) (never unpickled by the grader)

Everything here is in reach of the student's code, which may patch it, kill it or answer the
grader with anything at all: the grader treats this process's answers as the student's answers
and nothing more. Why a plain IPython shell rather than a Jupyter kernel: one process, no
ZeroMQ, no connection files, no kernel shutdown wait, and the sandbox needs no network
namespace tricks (issue 6 notes kernels in bwrap need ipc transport); magics and
get_ipython() still work as in the notebook.
"""

from __future__ import annotations

import io
import os
import pickle
import shutil
import signal
import socket
import struct
import sys

import safe_codec  # bound next to this file in the sandbox

MAIN_PID = os.getpid()
SUBMISSION_COPY = "/home/student/.submission"  # read-only copy of the student's folder


class CellTimeout(BaseException):  # noqa: N818 -- BaseException: `except Exception` cannot eat it
    """The soft per-cell time limit (the grader's hard limit kills the sandbox anyway)."""


class _StudentUnpickler(pickle.Unpickler):
    """Arguments from the grader; a reference to a student function becomes that function."""

    def __init__(self, data, namespace):
        super().__init__(io.BytesIO(data))
        self.namespace = namespace

    def persistent_load(self, pid):
        kind, name = pid
        if kind != "student":
            raise pickle.UnpicklingError(f"unknown reference {kind!r}")
        return self.namespace[name]


def _on_alarm(signum, frame):
    raise CellTimeout()


def _with_time_limit(seconds, action):
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(float(seconds), 0.01))
    try:
        return action()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _type_names(exc: BaseException) -> list[str]:
    return [cls.__name__ for cls in type(exc).__mro__][:20]


class Runner:
    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.shell = _make_shell()
        self.kept = {}  # key -> pickled set-up value the grader sends once (see call)

    # --- framing ---------------------------------------------------------------------------
    def receive(self):
        head = self._read_exactly(8)
        if head is None:
            return None
        (size,) = struct.unpack(">Q", head)
        return pickle.loads(self._read_exactly(size))

    def _read_exactly(self, size):
        chunks, remaining = [], size
        while remaining:
            chunk = self.sock.recv(min(remaining, 1 << 20))
            if not chunk:
                return None
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)

    def reply(self, request_id, header: dict, buffers=()):
        message = safe_codec.pack(dict(header, id=request_id), list(buffers))
        self.sock.sendall(struct.pack(">Q", len(message)) + message)

    # --- operations ------------------------------------------------------------------------
    def run_cell(self, code: str, timeout: float) -> dict:
        def execute():
            return self.shell.run_cell(code, store_history=True)

        try:
            result = _with_time_limit(timeout, execute)
        except CellTimeout:
            return {"ok": False, "error": "timeout"}
        error = result.error_before_exec or result.error_in_exec
        if error is None:
            return {"ok": True}
        if isinstance(error, CellTimeout):  # IPython catches it and reports it as the error
            return {"ok": False, "error": "timeout"}
        return {"ok": False, "error": type(error).__name__, "types": _type_names(error)}

    def describe(self, names) -> dict:
        namespace = self.shell.user_ns
        return {
            name: ("missing" if name not in namespace
                   else "callable" if callable(namespace[name]) else "value")
            for name in names
        }  # fmt: skip

    def call(self, name, payload, kept, timeout):
        """(header, buffers) for the value the student's function returns, or what it raised.

        `kept` names arguments the grader sent once ((position or keyword, key)): each call
        gets a fresh copy, unpickled from the bytes, so a function that changes its argument
        changes nothing the next call sees.
        """
        namespace = self.shell.user_ns
        if name not in namespace:
            return {"missing": name}, []
        args, kwargs = _StudentUnpickler(payload, namespace).load()
        args = list(args)
        for slot, key in kept:
            if key not in self.kept:
                return {"unsupported": "a set-up value the grader sent is gone"}, []
            value = pickle.loads(self.kept[key])
            if isinstance(slot, int):
                args[slot] = value
            else:
                kwargs[slot] = value
        try:
            value = _with_time_limit(timeout, lambda: namespace[name](*args, **kwargs))
        except CellTimeout:
            return {"timeout": True}, []
        except BaseException as exc:  # noqa: BLE001 -- whatever the student raises is the answer
            return {"raised": _type_names(exc)}, []
        return self.encode(value)

    def get(self, name):
        namespace = self.shell.user_ns
        if name not in namespace:
            return {"missing": name}, []
        return self.encode(namespace[name])

    @staticmethod
    def encode(value):
        try:
            header, buffers = safe_codec.encode(value)
        except safe_codec.Unsupported as exc:
            return {"unsupported": str(exc)[:200]}, []
        except Exception as exc:  # noqa: BLE001 -- a value that breaks while being read
            return {"unsupported": f"{type(value).__name__} ({type(exc).__name__})"[:200]}, []
        return header, buffers

    def serve(self):
        while True:
            request = self.receive()
            if request is None:
                return
            op, request_id = request["op"], request["id"]
            header, buffers = {}, []
            if op == "run":
                header = self.run_cell(request["code"], request["timeout"])
            elif op == "describe":
                header = {"names": self.describe(request["names"])}
            elif op == "call":
                header, buffers = self.call(
                    request["name"], request["args"], request.get("kept", []), request["timeout"]
                )
            elif op == "keep":
                self.kept[request["key"]] = request["payload"]
            elif op == "get":
                header, buffers = self.get(request["name"])
            elif op == "exit":
                return
            if os.getpid() != MAIN_PID:  # a copy the student's code forked: never answer
                os._exit(0)
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:  # noqa: BLE001, S110 -- the student may have closed or replaced it
                    pass
            self.reply(request_id, header, buffers)


def _make_shell():
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False
    return InteractiveShell.instance(config=config)


def main():
    sock = socket.socket(fileno=int(os.environ["SMCM_SOCKET_FD"]))
    os.set_inheritable(sock.fileno(), False)  # programs the student starts do not get it
    workdir = os.getcwd()
    if os.path.isdir(SUBMISSION_COPY):
        shutil.copytree(SUBMISSION_COPY, workdir, symlinks=True, dirs_exist_ok=True)
    runner = Runner(sock)
    try:
        runner.serve()
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
