"""Accuracy of the extraction pipeline on the annotated development set, and its speed.

    .venv/bin/python bench/extraction_accuracy.py            # per-field P/R/F1 and macro-F1
    .venv/bin/python bench/extraction_accuracy.py --errors   # also what each document got wrong
    .venv/bin/python bench/extraction_accuracy.py --speed    # also MB/s over the whole corpus

Runs `doingoai.extraction.pipeline` over the corpus article of every gold file in
devset/vi-news/ and scores the predictions with `doingoai.extraction.scoring`. The files listed
in the corpus's heldout.txt are the test split: they are never opened here, not even for speed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "devset" / "vi-news"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "vi-news"  # ../shared beside the clone


def heldout(corpus: Path) -> set[str]:
    path = corpus / "heldout.txt"
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()} \
        if path.exists() else set()


def corpus_files(corpus: Path) -> list[Path]:
    """Every article of the corpus except the held-out test split."""
    excluded = heldout(corpus)
    return [p for p in sorted(corpus.glob("*.txt")) if p.name not in excluded and p.name != "heldout.txt"]


def components(allow_missing: bool):  # noqa: ANN201
    from doingoai.extraction import pipeline

    chosen = []
    for name, func in pipeline.COMPONENTS:
        if getattr(func, "missing", False):
            if not allow_missing:
                sys.exit(f"component '{name}' is missing (run with --allow-missing to skip it)")
            print(f"warning: component '{name}' is missing; skipped", file=sys.stderr)
            continue
        chosen.append((name, func))
    return chosen


def predict(paths: list[Path], chosen) -> tuple[dict[str, dict], int, float]:  # noqa: ANN001
    from doingoai.extraction import pipeline
    from doingoai.extraction.doc import Doc
    from doingoai.extraction.output import to_contract
    from doingoai.text import nfc

    preds: dict[str, dict] = {}
    chars = 0
    started = time.process_time()
    for path in paths:
        text = nfc(path.read_text(encoding="utf-8"))
        chars += len(text.encode("utf-8"))
        doc = pipeline.run(Doc(source=path.name, text=text), chosen)
        preds[path.name] = to_contract(doc)
    return preds, chars, time.process_time() - started


def startup(path: Path) -> float:
    """CPU time of a fresh interpreter that imports the pipeline, loads the reference data and
    extracts one article (best of three; the matcher cache is warm after the first)."""
    code = ("import time; c = time.process_time()\n"
            "from doingoai.extraction.pipeline import extract\n"
            "from doingoai.extraction.output import to_contract\n"
            f"to_contract(extract(open({str(path)!r}, encoding='utf-8').read(), 'x'))\n"
            "print(time.process_time() - c)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(3)]
    return min(runs)


def show_errors(gold: dict[str, dict], preds: dict[str, dict]) -> None:
    from doingoai.extraction import scoring

    for key in sorted(gold):
        g, p = gold[key], preds.get(key, {})
        lines = []
        for name in scoring.FIELDS:
            golds, predicted = scoring._items(g, name), scoring._items(p, name)
            pairs = scoring.greedy_match(predicted, golds, scoring.SIMILARITY[name])
            fp = [x for i, x in enumerate(predicted) if i not in {a for a, _ in pairs}]
            fn = [x for i, x in enumerate(golds) if i not in {b for _, b in pairs}]
            for tag, items in (("+", fp), ("-", fn)):
                for item in items:
                    brief = {k: v for k, v in item.items() if k != "mentions"}
                    lines.append(f"  {tag} {name}: {json.dumps(brief, ensure_ascii=False)}")
        if lines:
            print(key)
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", action="store_true", help="list false positives (+) and negatives (-)")
    parser.add_argument("--speed", action="store_true", help="time the pipeline over every non-held-out article")
    parser.add_argument("--allow-missing", action="store_true", help="skip components not written yet")
    args = parser.parse_args(argv)

    from doingoai.extraction import scoring

    gold = scoring.load_gold(args.gold)
    excluded = heldout(args.corpus)
    gold = {k: v for k, v in gold.items() if k not in excluded}
    chosen = components(args.allow_missing)
    paths = [args.corpus / name for name in sorted(gold)]
    preds, _, _ = predict(paths, chosen)
    report = scoring.score(gold, preds)
    if args.errors:
        show_errors(gold, preds)
    print(scoring.format_report(report))
    if args.speed:
        files = corpus_files(args.corpus)
        predict(files[:3], chosen)  # warm caches
        runs = [predict(files, chosen)[1:] for _ in range(3)]
        size, seconds = runs[0][0], min(cpu for _, cpu in runs)
        print(f"speed: {size / 1e6:.2f} MB (UTF-8) in {seconds:.2f} s CPU, best of 3 = {size / 1e6 / seconds:.2f} MB/s "
              f"({len(files)} articles, one core)")
        print(f"start-up (new process: imports, reference data, one article): {startup(files[0]):.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
