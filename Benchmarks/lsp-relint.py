#!/usr/bin/env python3
"""How long `factlint lsp` takes to re-lint a story after an edit: a benchmark, not a test.

Builds nothing: give the server binary (default: the release build). The story is the five
seed articles plus a sixth (a copy of one with its figures moved), in a scratch folder. One
article is opened, then edited EDITS times (a figure toggled into and out of a divergence);
each edit's time runs from sending didChange to receiving its publishDiagnostics (debounce 0),
so it includes the protocol's JSON both ways as well as the analysis of the edited article,
resolution and every rule over all six articles.

    swift build -c release --product factlint --static-swift-stdlib
    python3 Benchmarks/lsp-relint.py [--factlint PATH] [--edits 300]
"""
import argparse
import json
import pathlib
import shutil
import statistics
import subprocess
import tempfile
import time

REPOSITORY = pathlib.Path(__file__).resolve().parents[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factlint", default=str(REPOSITORY / ".build" / "release" / "factlint"))
    parser.add_argument("--edits", type=int, default=300)
    arguments = parser.parse_args()

    story = pathlib.Path(tempfile.mkdtemp()) / "story"
    shutil.copytree(REPOSITORY / "seeds", story)
    sixth = (story / "000_93c249d2d7b073de.txt").read_text().replace("52", "51")
    (story / "005_sixth.txt").write_text(sixth)
    articles = sorted(story.glob("*.txt"))
    assert len(articles) == 6
    path = story / "002_2e2c159373811ad1.txt"
    text = path.read_text()
    variants = [text, text.replace("more than 1,200", "more than 1,000")]

    server = subprocess.Popen([arguments.factlint, "lsp", "--debounce", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def receive():
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += server.stdout.read(1)
        length = int(header.split(b":")[1].split(b"\r\n")[0])
        return json.loads(server.stdout.read(length))

    def diagnostics(version):
        while True:
            message = receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"].get("version") == version:
                return message["params"]["diagnostics"]

    uri = path.as_uri()
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    receive()
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    started = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 0, "text": text}}})
    diagnostics(0)
    first = time.perf_counter() - started
    times = []
    for version in range(1, arguments.edits + 1):
        started = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": variants[version % 2]}]}})
        diagnostics(version)
        times.append(time.perf_counter() - started)
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    receive()
    send({"jsonrpc": "2.0", "method": "exit"})
    server.wait()
    shutil.rmtree(story.parent)
    times.sort()
    milliseconds = [t * 1000 for t in times]
    print(f"six-article story, {len(times)} edits: re-lint after an edit median {statistics.median(milliseconds):.1f} ms, "
          f"p90 {milliseconds[int(len(milliseconds) * 0.9)]:.1f} ms, max {milliseconds[-1]:.1f} ms "
          f"(first lint on open, rules loaded: {first * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
