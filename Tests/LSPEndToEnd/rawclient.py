"""A minimal LSP client over pipes, for what a well-behaved client never sends (bad frames,
truncated JSON) and for long runs where every message counts."""
import json
import queue
import subprocess
import threading

from conftest import FACTLINT


class RawClient:
    def __init__(self, debounce=0):
        self.process = subprocess.Popen([FACTLINT, "lsp", "--debounce", str(debounce)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    self.inbox.put(None)
                    return
                header += byte
            length = next(int(line.split(b":")[1]) for line in header.split(b"\r\n") if line.lower().startswith(b"content-length"))
            self.inbox.put(json.loads(stream.read(length)))

    def write(self, raw):
        self.process.stdin.write(raw)
        self.process.stdin.flush()

    def frame(self, body):
        self.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.frame(json.dumps({"jsonrpc": "2.0", "method": method, "params": params}).encode())

    def request(self, method, params=None):
        self.next_id += 1
        self.frame(json.dumps({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}).encode())
        return self.next_id

    def wait(self, predicate, timeout=60):
        """The next message `predicate` accepts (others are dropped)."""
        while True:
            message = self.inbox.get(timeout=timeout)
            assert message is not None, "the server closed its output"
            if predicate(message):
                return message

    def response(self, id, timeout=60):
        return self.wait(lambda m: m.get("id") == id and "method" not in m, timeout)

    def call(self, method, params=None):
        return self.response(self.request(method, params))

    def initialize(self, options=None):
        result = self.call("initialize", {"processId": None, "capabilities": {}, "initializationOptions": options})
        self.notify("initialized", {})
        return result

    def diagnostics(self, uri, version, timeout=60):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and m["params"].get("version") == version, timeout)["params"]["diagnostics"]

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

    def close(self):
        self.call("shutdown")
        self.notify("exit", None)
        return self.process.wait(timeout=30)
