"""Editing a story in a real client: diagnostics appear and clear, code actions, hover,
positions after astral characters and CRLF line ends, settings."""
import pathlib

from lsprotocol import types

from conftest import change_document, diagnostics_for, open_document, uri, utf16_column

SEED = "003_20b62e6eaeb1354e.txt"


def apply_edits(text, edits):
    """`text` with protocol TextEdits applied (UTF-16 positions, any line ends)."""
    lines = text.splitlines(keepends=True) + [""]
    def offset(position):
        line = lines[position.line]
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return sum(len(l) for l in lines[:position.line]) + index
            units += len(char.encode("utf-16-le")) // 2
        return sum(len(l) for l in lines[:position.line]) + len(line.rstrip("\r\n"))
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


async def test_seed_article_gets_the_findings_with_a_place_there(client, seeds):
    path = seeds / SEED
    text = open_document(client, path)
    found = await diagnostics_for(client, path, 1)
    assert sorted(d.range.start.line for d in found) == [7, 9, 11]
    assert {d.code for d in found} == {"name-spelling"}
    assert all(d.severity == types.DiagnosticSeverity.Warning and d.source == "factlint" for d in found)
    belta = next(d for d in found if d.range.start.line == 11)
    line = text.splitlines()[11]
    assert line[belta.range.start.character:belta.range.end.character] == "Belta"
    others = {pathlib.Path(r.location.uri).name for r in belta.related_information}
    assert others == {"004_db2554f03e592df2.txt"}
    assert all(r.message.startswith('"BelTA"') for r in belta.related_information)


async def test_a_figure_edited_into_a_contradiction_and_back(client, blast):
    path = blast / "b.txt"
    text = open_document(client, path)
    assert await diagnostics_for(client, path, 1) == []
    change_document(client, path, text.replace("40", "45"), 2)
    found = await diagnostics_for(client, path, 2)
    assert [d.code for d in found] == ["count-conflict"]
    assert found[0].severity == types.DiagnosticSeverity.Error
    related = found[0].related_information
    assert [pathlib.Path(r.location.uri).name for r in related] == ["a.txt"]
    assert "40" in related[0].message
    change_document(client, path, text, 3)
    assert await diagnostics_for(client, path, 3) == []


async def test_unsaved_buffers_of_two_open_articles_are_the_story(client, blast):
    a, b = blast / "a.txt", blast / "b.txt"
    text_a = open_document(client, a)
    await diagnostics_for(client, a, 1)
    text_b = open_document(client, b)
    await diagnostics_for(client, b, 1)
    # Both changed in the editor, neither saved: 45 against 45 agrees, 45 against 50 does not.
    change_document(client, a, text_a.replace("40", "45"), 2)
    await diagnostics_for(client, a, 2)
    change_document(client, b, text_b.replace("40", "50"), 2)
    found = await diagnostics_for(client, b, 2)
    assert [d.code for d in found] == ["count-conflict"]
    assert "45" in found[0].related_information[0].message


async def test_the_spelling_code_action_fixes_the_finding(client, seeds):
    path = seeds / SEED
    text = open_document(client, path)
    found = await diagnostics_for(client, path, 1)
    belta = next(d for d in found if d.range.start.line == 11)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), range=belta.range,
        context=types.CodeActionContext(diagnostics=[belta])))
    fix = next(a for a in actions if a.title == "Use 'BelTA'")
    assert fix.kind == types.CodeActionKind.QuickFix
    fixed = apply_edits(text, fix.edit.changes[uri(path)])
    assert "Belta" not in fixed and fixed.count("BelTA") == text.count("BelTA") + 1
    change_document(client, path, fixed, 2)
    after = await diagnostics_for(client, path, 2)
    assert sorted(d.range.start.line for d in after) == [7, 9]


async def test_the_suppression_code_action_silences_the_finding(client, blast):
    path = blast / "b.txt"
    text = open_document(client, path).replace("40", "45")
    await diagnostics_for(client, path, 1)
    change_document(client, path, text, 2)
    [conflict] = await diagnostics_for(client, path, 2)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), range=conflict.range,
        context=types.CodeActionContext(diagnostics=[conflict])))
    silence = next(a for a in actions if a.title.startswith("Silence count-conflict"))
    silenced = apply_edits(text, silence.edit.changes[uri(path)])
    assert silenced.startswith("# factlint-disable-next-line count-conflict -- ")
    change_document(client, path, silenced, 3)
    assert await diagnostics_for(client, path, 3) == []


async def test_positions_after_an_emoji_and_crlf_lines(client, tmp_path):
    folder = tmp_path / "crlf"
    folder.mkdir()
    (folder / "a.txt").write_bytes("Officials said 40 people were hurt in the blast on Monday.\r\n".encode())
    text = "A first line \U0001F389 with a party.\r\nAn astral 𝒳 and \U0001F525\U0001F525 then: the blast on Monday injured 45 people, officials said.\r\n"
    path = folder / "b.txt"
    open_document(client, path, text)
    [conflict] = await diagnostics_for(client, path, 1)
    line = text.split("\r\n")[1]
    start = line.index("45")
    assert conflict.range.start == types.Position(line=1, character=utf16_column(line, start))
    assert conflict.range.end == types.Position(line=1, character=utf16_column(line, start + 2))
    assert conflict.range.start.character == start + 3, "three astral characters count two units each"
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), position=conflict.range.start))
    assert hover is not None and hover.range == conflict.range


async def test_hover_on_a_figure_shows_the_claim_and_the_other_articles(client, blast):
    path = blast / "b.txt"
    text = open_document(client, path)
    await diagnostics_for(client, path, 1)
    character = text.index("40") + 1
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), position=types.Position(line=0, character=character)))
    value = hover.contents.value
    assert "people" in value and "`40`" in value
    assert "a.txt:1" in value and "Other articles" in value
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), position=types.Position(line=0, character=1)))
    assert nothing is None


async def test_settings_from_the_editor_turn_a_rule_off_and_on(client, blast):
    path = blast / "b.txt"
    text = open_document(client, path).replace("40", "45")
    await diagnostics_for(client, path, 1)
    change_document(client, path, text, 2)
    assert [d.code for d in await diagnostics_for(client, path, 2)] == ["count-conflict"]
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"factlint": {"rules": {"count-conflict": "off"}}}))
    assert await diagnostics_for(client, path, 2) == []
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"rules": {"count-conflict": "warning"}}))
    [again] = await diagnostics_for(client, path, 2)
    assert again.severity == types.DiagnosticSeverity.Warning
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"rules": {"no-such-rule": "off"}}))
    await client.wait_for_notification("window/showMessage")
    assert "unknown rule 'no-such-rule'" in client.messages[-1].message
