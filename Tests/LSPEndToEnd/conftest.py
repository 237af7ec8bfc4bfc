"""End-to-end tests of `factlint lsp` driven by a real LSP client (pytest-lsp).

The server is the built binary: $FACTLINT, else .build/debug/factlint. Each test gets a fresh
server and a scratch copy of the story it opens, so edits never touch the repository.
"""
import asyncio
import os
import pathlib
import shutil
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pygls.protocol import default_converter
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
FACTLINT = os.environ.get("FACTLINT", str(REPOSITORY / ".build" / "debug" / "factlint"))
SEEDS = REPOSITORY / "seeds"


def recording_client():
    """pytest-lsp's client, also keeping every diagnostics notification in order (its own
    keeps only the last per document, without the version)."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []

    def publish(client_: LanguageClient, params: types.PublishDiagnosticsParams):
        DEFAULT_CLIENT_FEATURES[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS](client_, params)
        client_.published.append(params)

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish})
    return client


SERVER = ClientServerConfig(server_command=[FACTLINT, "lsp", "--debounce", "20"], client_factory=recording_client)


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def seeds(tmp_path):
    """A scratch copy of the seed story."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def blast(tmp_path):
    """A two-article story that agrees: 40 people hurt in both."""
    folder = tmp_path / "blast"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said 40 people were hurt in the blast on Monday.\n")
    (folder / "b.txt").write_text("The blast on Monday injured 40 people, officials said.\n")
    return folder


def uri(path):
    return pathlib.Path(path).as_uri()


def open_document(client, path, text=None):
    text = pathlib.Path(path).read_text() if text is None else text
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri(path), language_id="plaintext", version=1, text=text)))
    return text


def change_document(client, path, text, version):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(path), version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


async def diagnostics_for(client, path, version, timeout=60):
    """The diagnostics next published for `path` at `version`. Call it right after the change,
    before awaiting anything else: notifications are only handled while the test awaits."""
    target = uri(path)
    start = len(client.published)

    async def wait():
        seen = start
        while True:
            for params in client.published[seen:]:
                if params.uri == target and params.version == version:
                    return list(params.diagnostics)
            seen = len(client.published)
            await asyncio.sleep(0.005)

    return await asyncio.wait_for(wait(), timeout)


def utf16_column(line, index):
    """The protocol's character offset of str index `index` in `line` (UTF-16 code units)."""
    return len(line[:index].encode("utf-16-le")) // 2
