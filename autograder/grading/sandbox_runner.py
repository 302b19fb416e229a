"""The student's side of grading. Runs inside the sandbox as `python sandbox_runner.py`.

It executes the student's code cells in an IPython shell and calls the student's functions
when the grader asks, over one socket (fd given in SMCM_SOCKET_FD):

    grader -> runner: 8-byte length + pickle of a request the grader made (trusted); large
                      set-up values come once ("keep") and are unpickled afresh per call
    runner -> grader: 8-byte length + safe_codec.pack(...) (never unpickled by the grader)

A call's arguments may hold call-backs: the test's own functions, which stay on the grader's
side (crossing.py). Calling one sends {"callback": number, "args": ...} and serves the
grader's requests (it may call the student's functions again) until the call-back's result
comes back; the call's time limit pauses meanwhile, since that time is the test's.

Everything here is in reach of the student's code, which may patch it, kill it or answer the
grader with anything at all: the grader treats this process's answers as the student's answers
and nothing more. Why a plain IPython shell rather than a Jupyter kernel: one process, no
ZeroMQ, no connection files, no kernel shutdown wait, and the sandbox needs no network
namespace tricks (issue 6 notes kernels in bwrap need ipc transport); magics and
get_ipython() still work as in the notebook.
"""

from __future__ import annotations

import importlib.util
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


REFERENCE = ("autograder.grading.crossing", "sandbox_reference")


class _GraderUnpickler(pickle.Unpickler):
    """Values from the grader; its references become the student's function of that name, or
    a stand-in that calls the test's own function back on the grader's side."""

    def __init__(self, data, runner):
        super().__init__(io.BytesIO(data))
        self.runner = runner

    def find_class(self, module, name):
        if (module, name) == REFERENCE:
            return self.resolve
        return super().find_class(module, name)

    def resolve(self, kind, key):
        if kind == "student":
            return self.runner.shell.user_ns[key]
        if kind == "callback":
            return TrustedCallback(self.runner, key)
        raise pickle.UnpicklingError(f"unknown reference {kind!r}")


class TrustedCallback:
    """The test's own function: calling it runs it in the grader's process."""

    def __init__(self, runner, number):
        self._runner = runner
        self._number = number

    def __call__(self, *args, **kwargs):
        return self._runner.call_back(self._number, args, kwargs)

    def __repr__(self):
        return "<the test's function>"


def _on_alarm(signum, frame):
    raise CellTimeout()


def _with_time_limit(seconds, action):
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # nested (a call inside a call-back):
        return action()  # the outer limit still runs
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(float(seconds), 0.01))
    try:
        return action()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _type_names(exc: BaseException) -> list[list[str]]:
    """[module, qualified name] of each class the exception derives from."""
    return [[str(cls.__module__), str(cls.__qualname__)] for cls in type(exc).__mro__][:20]


class Runner:
    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.shell = _make_shell()
        self.kept = {}  # key -> pickled set-up value the grader sends once (see call)
        self.serving: list[int] = []  # ids of the requests being served, innermost last

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
        args, kwargs = _GraderUnpickler(payload, self).load()
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

    def call_back(self, number, args, kwargs):
        """Run the test's function `number` on the grader's side; its result, or its error."""
        try:
            header, buffers = safe_codec.encode([list(args), dict(kwargs)])
        except Exception as exc:  # noqa: BLE001 -- a value the grader will not accept
            raise TypeError(f"the test's function cannot take this argument ({exc})") from None
        paused = signal.setitimer(signal.ITIMER_REAL, 0)[0]  # the test's time, not yours
        try:
            self.send(dict(header, callback=number, args=header.pop("value")), buffers)
            reply = self.serve(until_callback=True)
        finally:
            if paused > 0:
                signal.setitimer(signal.ITIMER_REAL, paused)
        if reply is None:
            os._exit(0)  # the grader went away
        if reply["op"] == "callback_raised":
            raise _GraderUnpickler(reply["exception"], self).load()
        return _GraderUnpickler(reply["value"], self).load()

    def send(self, header: dict, buffers=()):
        request_id = self.serving[-1] if self.serving else 0
        self.reply(request_id, header, buffers)

    def ping(self, packages) -> dict:
        missing = [p for p in packages if importlib.util.find_spec(p) is None]
        return {"missing_packages": missing} if missing else {}

    def serve(self, until_callback=False):
        while True:
            request = self.receive()
            if request is None:
                return None
            op, request_id = request["op"], request["id"]
            if op in ("callback_result", "callback_raised"):
                if until_callback:
                    return request
                continue  # not waiting for one: a stray reply
            self.serving.append(request_id)
            try:
                header, buffers = self.answer(op, request)
            finally:
                self.serving.pop()
            if op == "exit":
                return None
            if os.getpid() != MAIN_PID:  # a copy the student's code forked: never answer
                os._exit(0)
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:  # noqa: BLE001, S110 -- the student may have closed or replaced it
                    pass
            self.reply(request_id, header, buffers)

    def answer(self, op, request):
        header, buffers = {}, []
        if op == "ping":
            header = self.ping(request.get("packages", []))
        elif op == "run":
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
        return header, buffers


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
    sys.path.insert(0, workdir)  # as in Jupyter: modules beside the notebook import
    runner = Runner(sock)
    try:
        runner.serve()
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
