#!/usr/bin/env python3
"""factlint's accuracy on real text, with a ratchet.

Runs the scorers of ../shared/eval (present beside a developer's checkout and CI's clone, absent from a
user's): the real multi-outlet stories (must / should / may found, must-not violations and unexpected
findings, per story and in all), the labelled name pairs (with and without roles), the labelled number
and date sentences, and contradictions planted in the stories' articles (Benchmarks/planted.py). Prints
one line a figure, then compares every figure with Benchmarks/accuracy-ratchet.json: a gain may raise
the recorded figure (`--update` writes the new figures where they are better), a fall below it fails the
run (exit 1). Without ../shared it says so and exits 0.

usage: Benchmarks/accuracy.py [--update] [--factlint BIN] [--shared DIR]
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(HERE)
RATCHET = os.path.join(HERE, "accuracy-ratchet.json")

# Figures where more is better; the others (violations, unexpected findings) are better when fewer.
HIGHER = ("must", "should", "may", "names-precision", "names-recall", "names-bare-precision",
          "names-bare-recall", "numbers", "dates", "planted")
LOWER = ("must-not-violations", "unexpected")

STORY_LINE = re.compile(r"^(?P<name>[\w.-]+): must (?P<must>\d+)/(?P<must_t>\d+), should (?P<should>\d+)/(?P<should_t>\d+), "
                        r"may (?P<may>\d+)/(?P<may_t>\d+) found; (?P<v>\d+) must-not violations?(?: \([^)]*\))?; (?P<u>\d+) unexpected")
NAMES_LINE = re.compile(r"^names: precision (?P<p>[\d.]+), recall (?P<r>[\d.]+)")
EXTRACT_LINE = re.compile(r"^(numbers|dates): (?P<ok>\d+)/(?P<n>\d+) correct")
PLANTED_LINE = re.compile(r"^planted: (?P<ok>\d+)/(?P<n>\d+) reported")


def run(script, *args, env):
    """Runs one scorer and returns its printed lines (scorers exit non-zero below their own targets)."""
    r = subprocess.run([sys.executable, script, *args], cwd=CHECKOUT, env=env, capture_output=True, text=True)
    if r.stdout.strip() == "" and r.returncode != 0:
        sys.exit(f"accuracy: {os.path.basename(script)} failed:\n{r.stderr[-2000:]}")
    return r.stdout.splitlines()


def measure(shared, env):
    """Every figure, by name, plus the per-story lines to print."""
    evals = os.path.join(shared, "eval")
    figures, stories = {}, []
    for line in run(os.path.join(evals, "clusters_score.py"), env=env):
        m = STORY_LINE.match(line)
        if not m:
            continue
        if m["name"] == "stories":
            figures.update({"must": int(m["must"]), "should": int(m["should"]), "may": int(m["may"]),
                            "must-not-violations": int(m["v"]), "unexpected": int(m["u"])})
            figures["_totals"] = f"must {m['must']}/{m['must_t']}, should {m['should']}/{m['should_t']}, may {m['may']}/{m['may_t']}"
        else:
            stories.append(line)
    for bare in (False, True):
        prefix = "names-bare" if bare else "names"
        for line in run(os.path.join(evals, "names_score.py"), *(["--bare"] if bare else []), env=env):
            m = NAMES_LINE.match(line)
            if m:
                figures[f"{prefix}-precision"] = float(m["p"])
                figures[f"{prefix}-recall"] = float(m["r"])
    for kind in ("numbers", "dates"):
        for line in run(os.path.join(evals, "extract_score.py"), kind, env=env):
            m = EXTRACT_LINE.match(line)
            if m:
                figures[kind] = int(m["ok"])
    # Planted contradictions (Benchmarks/planted.py): a number two articles share, changed in one.
    clusters = os.path.join(shared, "corpora", "clusters")
    folders = sorted(os.path.join(clusters, name) for name in os.listdir(clusters) if os.path.isdir(os.path.join(clusters, name)))
    binary = env.get("FACTLINT") or factlint_release()
    for line in run(os.path.join(HERE, "planted.py"), "--factlint", binary, "--articles", r"^\d{3}-.*\.txt$", *folders, env=env):
        m = PLANTED_LINE.match(line)
        if m:
            figures["planted"] = int(m["ok"])
            figures["_planted"] = f"{m['ok']}/{m['n']}"
    return figures, stories


def factlint_release():
    """A release build of this checkout, as the scorers make one when $FACTLINT is not set."""
    subprocess.run(["swift", "build", "-c", "release"], cwd=CHECKOUT, check=True, capture_output=True)
    return os.path.join(CHECKOUT, ".build", "release", "factlint")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="record the figures that are better than the ratchet's")
    ap.add_argument("--factlint", help="the binary to score (default: a release build of this checkout)")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(CHECKOUT), "shared"),
                    help="the folder with eval/ and corpora/ (default: ../shared beside the checkout)")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "eval")):
        print(f"accuracy: {args.shared}/eval not found; nothing to measure")
        return 0
    env = dict(os.environ)
    if args.factlint:
        env["FACTLINT"] = os.path.abspath(args.factlint)
    figures, stories = measure(args.shared, env)
    missing = [k for k in HIGHER + LOWER if k not in figures]
    if missing:
        sys.exit(f"accuracy: the scorers printed no figure for {', '.join(missing)}")
    for line in stories:
        print("  " + line)
    print(f"stories: {figures['_totals']}; {figures['must-not-violations']} must-not violations; "
          f"{figures['unexpected']} unexpected")
    print(f"names: precision {figures['names-precision']:.3f}, recall {figures['names-recall']:.3f}; "
          f"bare: precision {figures['names-bare-precision']:.3f}, recall {figures['names-bare-recall']:.3f}")
    print(f"extraction: numbers {figures['numbers']}/125, dates {figures['dates']}/125")
    print(f"planted contradictions: {figures['_planted']} reported")

    with open(RATCHET, encoding="utf-8") as f:
        recorded = json.load(f)
    falls, gains = [], []
    for key in HIGHER + LOWER:
        now, then = figures[key], recorded.get(key)
        if then is None:
            gains.append(key)
            continue
        worse = now < then if key in HIGHER else now > then
        better = now > then if key in HIGHER else now < then
        if worse:
            falls.append(f"{key}: {now} (recorded {then})")
        elif better:
            gains.append(key)
    if args.update and gains:
        for key in gains:
            recorded[key] = figures[key]
        with open(RATCHET, "w", encoding="utf-8") as f:
            json.dump(recorded, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"accuracy: recorded the better figures ({', '.join(gains)}) in {os.path.relpath(RATCHET, CHECKOUT)}")
    elif gains:
        print(f"accuracy: better than recorded: {', '.join(gains)} (run with --update to raise the ratchet)")
    if falls:
        print("accuracy: FELL below the recorded figures: " + "; ".join(falls))
        return 1
    print("accuracy: no figure below the ratchet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
