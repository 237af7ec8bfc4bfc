#!/usr/bin/env python3
"""Planted contradictions: does factlint report a figure changed in one article of a story?

For every story folder given (each a folder of articles about one story), every number written in
digits in one article whose value another article of the story also writes is changed in a copy of
the story, one number at a time: a count by about a third (a number under 10 by two), a year by
one. The change is reported when an error or warning of the edited copy points at the changed
number. A number that two articles share is not always one fact (two different counts may share a
value), so the figure is a floor for recall on real edits, made without reading the text: it only
moves when the reading of real text moves.

Reference dates come from a story's `gold.json` (`reference_date`) when one is there.

Only the story's articles (`--articles`) are copied and linted, so notes beside them are never read.

usage: Benchmarks/planted.py [--factlint BIN] [--articles REGEX] [-v] STORY_DIR...
Prints per story and in all: "planted: N/M reported (numbers n/m, years y/z)".
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# A number in digits, with thousands separators or without, not part of a word, a decimal or a code.
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)|(?<![\w.,])\d+(?![\w,]|\.\d)")


def changed(value):
    """The planted value: a year one earlier, a small count two more, any other a third more."""
    if 1900 <= value <= 2100:
        return value - 1
    if value < 10:
        return value + 2
    return value + max(1, round(value * 0.3))


def findings(factlint, story, reference):
    """The error and warning findings of a lint of `story`."""
    args = [factlint, "lint", story, "--format", "json"]
    if reference:
        args += ["--reference-date", reference]
    run = subprocess.run(args, capture_output=True, text=True)
    if not run.stdout.strip():
        sys.exit(f"planted: factlint printed nothing for {story}:\n{run.stderr[-1000:]}")
    return [f for f in json.loads(run.stdout)["findings"] if f["level"] in ("error", "warning")]


def plant(factlint, story, articles, verbose):
    """(numbers reported, numbers planted, years reported, years planted) for one story."""
    gold = os.path.join(story, "gold.json")
    reference = None
    if os.path.exists(gold):
        with open(gold, encoding="utf-8") as f:
            reference = json.load(f).get("reference_date")
    names = sorted(n for n in os.listdir(story) if articles.match(n))
    texts = {}
    for name in names:
        with open(os.path.join(story, name), encoding="utf-8") as f:
            texts[name] = f.read()
    values = {name: {int(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)} for name, text in texts.items()}
    tally = [0, 0, 0, 0]
    planted = set()
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "story")
        for name in names:
            lines = texts[name].split("\n")
            for number, line in enumerate(lines, 1):
                for m in NUMBER.finditer(line):
                    value = int(m.group(0).replace(",", ""))
                    if value < 2 or (name, value) in planted:
                        continue
                    if not any(value in values[other] for other in names if other != name):
                        continue
                    planted.add((name, value))
                    new = changed(value)
                    written = f"{new:,}" if "," in m.group(0) else str(new)
                    shutil.rmtree(copy, ignore_errors=True)
                    os.makedirs(copy)
                    for other in names:
                        shutil.copy(os.path.join(story, other), copy)
                    edited = lines[:]
                    edited[number - 1] = line[:m.start()] + written + line[m.end():]
                    with open(os.path.join(copy, name), "w", encoding="utf-8") as f:
                        f.write("\n".join(edited))
                    column = m.start() + 1
                    reported = any(os.path.basename(place["path"]) == name and place["line"] == number
                                   and place["column"] <= column + 1 and place["endColumn"] >= column
                                   for finding in findings(factlint, copy, reference) for place in finding["locations"])
                    slot = 2 if 1900 <= value <= 2100 else 0
                    tally[slot + 1] += 1
                    tally[slot] += reported
                    if verbose:
                        print(f"  {'reported' if reported else 'MISSED  '} {os.path.basename(story)}/{name}:{number}:{column} "
                              f"{m.group(0)} -> {written}")
    return tally


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--factlint", default=os.environ.get("FACTLINT"), help="the binary (default: $FACTLINT)")
    ap.add_argument("-v", action="store_true", help="print every planted number and whether it was reported")
    ap.add_argument("--articles", default=r".*\.(txt|md|html?)$",
                    help="a regular expression the names of a story's articles match (default: .txt, .md, .html)")
    ap.add_argument("stories", nargs="+", help="story folders")
    args = ap.parse_args()
    if not args.factlint:
        sys.exit("planted: give --factlint or set FACTLINT")
    total = [0, 0, 0, 0]
    for story in args.stories:
        tally = plant(os.path.abspath(args.factlint), story, re.compile(args.articles), args.v)
        total = [a + b for a, b in zip(total, tally)]
        print(f"{os.path.basename(os.path.normpath(story))}: planted {tally[0] + tally[2]}/{tally[1] + tally[3]} reported "
              f"(numbers {tally[0]}/{tally[1]}, years {tally[2]}/{tally[3]})")
    print(f"planted: {total[0] + total[2]}/{total[1] + total[3]} reported (numbers {total[0]}/{total[1]}, years {total[2]}/{total[3]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
