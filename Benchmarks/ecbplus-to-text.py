#!/usr/bin/env python3
"""Convert the ECB+ corpus (CAT XML, CC BY 3.0) to plain-text articles for factlint.

Usage: ecbplus-to-text.py ECBPLUS_DIR OUT_DIR

Each topic holds articles about two related events: the original ECB files (`N_Mecb.xml`) and
the ECB+ additions (`N_Mecbplus.xml`). They are written to separate story folders,
OUT_DIR/<topic>-ecb/ and OUT_DIR/<topic>-ecbplus/, so `factlint --stories OUT_DIR` compares
only articles about one event. Sentence 0 of an ECB+ file (its source URL) is dropped. Tokens
are joined back into running text (no space before punctuation, "n't" and "'s" reattached).
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detokenize(tokens):
    out = ""
    quote_open = False
    for token in tokens:
        if token in ("``", "''"):
            token = '"'
        if token == '"':
            if quote_open:
                out += '"'
            else:
                out += (" " if out and not out.endswith((" ", "(")) else "") + '"'
            quote_open = not quote_open
            continue
        if not out or token in NO_SPACE_BEFORE or out.endswith(tuple(NO_SPACE_AFTER)) or (out.endswith('"') and quote_open):
            out += token
        else:
            out += " " + token
    out = re.sub(r" +", " ", out).strip()
    # Undo the corpus tokenisation of hyphens, times, decimals, abbreviations and curly quotes.
    out = re.sub(r"(\w) - (?=\w)", r"\1-", out)
    out = re.sub(r"(\d) ?([:.,]) (?=\d)", r"\1\2", out)
    out = re.sub(r"\b([ap])\. ?m\.", r"\1.m.", out)
    out = re.sub(r" ?([’']) ?(s|re|ve|ll|d|m|t)\b", r"\1\2", out)
    out = re.sub(r"([“‘(\[]) ", r"\1", out)
    out = re.sub(r" ([”’)\]])", r"\1", out)
    return out


def convert(path):
    root = ET.parse(path).getroot()
    sentences = {}
    for token in root.iter("token"):
        number = int(token.get("sentence", "0"))
        sentences.setdefault(number, []).append(token.text or "")
    plus = path.endswith("ecbplus.xml")
    lines = [detokenize(tokens) for number, tokens in sorted(sentences.items()) if not (plus and number == 0)]
    return "\n\n".join(line for line in lines if line) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    count = 0
    for topic in sorted(os.listdir(source), key=lambda t: (len(t), t)):
        folder = os.path.join(source, topic)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".xml"):
                continue
            kind = "ecbplus" if name.endswith("ecbplus.xml") else "ecb"
            story = os.path.join(target, f"{int(topic):02d}-{kind}")
            os.makedirs(story, exist_ok=True)
            with open(os.path.join(story, name[:-4] + ".txt"), "w", encoding="utf-8") as out:
                out.write(convert(os.path.join(folder, name)))
            count += 1
    print(f"wrote {count} articles to {target}")


if __name__ == "__main__":
    main()
