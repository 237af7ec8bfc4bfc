"""What no polite client sends: the server answers with JSON-RPC errors and keeps serving.
And a soak: thousands of edits with the server's memory measured."""
import os
import pathlib

from conftest import uri
from rawclient import RawClient


def test_malformed_frames_truncated_json_and_unknown_methods_are_answered(blast):
    client = RawClient()
    client.initialize()
    client.write(b"Bogus-Header: 1\r\n\r\n")
    assert client.wait(lambda m: "error" in m)["error"]["code"] == -32700
    client.write(b"Content-Length: twelve\r\n\r\n")
    assert client.wait(lambda m: "error" in m)["error"]["code"] == -32700
    client.frame(b'{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hov')
    truncated = client.wait(lambda m: "error" in m)
    assert truncated["error"]["code"] == -32700 and truncated["id"] is None
    client.frame(b"[1, 2, 3]")
    assert client.wait(lambda m: "error" in m)["error"]["code"] == -32600
    client.frame(b"\xff\xfe not even text")
    assert client.wait(lambda m: "error" in m)["error"]["code"] == -32700
    unknown = client.call("factlint/noSuchMethod", {})
    assert unknown["error"]["code"] == -32601
    client.notify("factlint/noSuchNotification", {"x": 1})
    bad_params = client.call("textDocument/hover", {"textDocument": {}})
    assert bad_params["error"]["code"] == -32602
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri(blast / "never-opened.txt"), "version": 1}})
    # Still serving: an article opened now gets its diagnostics, a hover its answer.
    path = blast / "b.txt"
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "plaintext", "version": 1,
                                                            "text": path.read_text().replace("40", "45")}})
    [conflict] = client.diagnostics(uri(path), 1)
    assert conflict["code"] == "count-conflict"
    hover = client.call("textDocument/hover", {"textDocument": {"uri": uri(path)}, "position": conflict["range"]["start"]})
    assert "people" in hover["result"]["contents"]["value"]
    assert client.close() == 0


def test_soak_5000_edits_with_memory_bounded(seeds):
    """5,000 edits to one seed article, the figure toggled into and out of a contradiction;
    every 100th edit waits for its diagnostics. The server's resident memory after the first
    500 edits and after all 5,000 must differ by less than 4 MiB."""
    path = seeds / "002_2e2c159373811ad1.txt"
    text = path.read_text()
    assert "more than 1,200" in text
    variants = [text, text.replace("more than 1,200", "more than 1,000"), text.replace("more than 1,200", "more than 1,300")]
    client = RawClient(debounce=0)
    client.initialize()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "plaintext", "version": 0, "text": text}})
    client.diagnostics(uri(path), 0)
    samples = {}
    for version in range(1, 5001):
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": version},
                                                 "contentChanges": [{"text": variants[version % 3]}]})
        if version % 100 == 0:
            found = client.diagnostics(uri(path), version)
            divergence = [d for d in found if d["code"] == "count-divergence"]
            assert bool(divergence) == (version % 3 != 1), f"edit {version}: the divergence follows the figure"
        if version in (500, 5000):
            samples[version] = client.rss_kib()
    growth = samples[5000] - samples[500]
    report = f"soak: 5,000 edits, server RSS {samples[500] / 1024:.1f} MiB after 500, {samples[5000] / 1024:.1f} MiB after 5,000 (growth {growth / 1024:+.1f} MiB)"
    print(report)
    if os.environ.get("FACTLINT_SOAK_REPORT"):
        pathlib.Path(os.environ["FACTLINT_SOAK_REPORT"]).write_text(report + "\n")
    assert growth < 4 * 1024, report
    assert client.close() == 0
