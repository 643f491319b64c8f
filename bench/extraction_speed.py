"""Speed, start-up and memory of the extraction pipeline, against two baselines in the same run.

Over the development articles of ../shared/corpus/vi-news (held-out files excluded), repeated
until at least 1 MB of text has gone through, it times:
  1. a bare read + NFC normalisation (the floor: nothing can be faster than reading the text);
  2. the whole doingoai pipeline (`doingoai.extraction.pipeline.extract`);
  3. underthesea's NER over the same text (a common Vietnamese NLP baseline; `pip install underthesea`).
Start-up (imports + reference data) and peak memory are measured in fresh processes.

    python bench/extraction_speed.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "vi-news"


def development_files() -> list[Path]:
    heldout = set((CORPUS / "heldout.txt").read_text().split())
    return sorted(p for p in CORPUS.glob("art-*.txt") if p.name not in heldout)


def _read_all(files: list[Path]) -> list[str]:
    return [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in files]


def _passes(total_chars: int, minimum_bytes: int = 1_000_000) -> int:
    return max(1, -(-minimum_bytes // max(1, total_chars)))


def time_baseline(files: list[Path], passes: int) -> float:
    started = time.perf_counter()
    for _ in range(passes):
        _read_all(files)
    return time.perf_counter() - started


def time_pipeline(texts: list[str], names: list[str], passes: int) -> float:
    from doingoai.extraction.pipeline import extract

    extract(texts[0], names[0])  # warm: reference data loaded, patterns compiled
    started = time.perf_counter()
    for _ in range(passes):
        for text, name in zip(texts, names, strict=True):
            extract(text, name)
    return time.perf_counter() - started


def time_underthesea(texts: list[str]) -> float | None:
    try:
        from underthesea import ner
    except ImportError:
        return None
    ner("Hà Nội")  # load the model outside the timing
    started = time.perf_counter()
    for text in texts:
        for paragraph in text.split("\n"):
            if paragraph.strip():
                ner(paragraph)
    return time.perf_counter() - started


_CHILD = """
import json, resource, sys, time
t = time.perf_counter()
from doingoai.extraction.pipeline import extract
extract("Tỉnh Lâm Đồng đón 3 đoàn/12 lượt khách Nhật Bản.", "warm")
startup = time.perf_counter() - t
for path in sys.argv[1:]:
    extract(open(path, encoding="utf-8").read(), path)
print(json.dumps({"startup": startup, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def startup_and_memory(files: list[Path]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, *map(str, files)], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-underthesea", action="store_true")
    args = parser.parse_args()
    files = development_files()
    texts = _read_all(files)
    names = [p.name for p in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    passes = _passes(size)
    megabytes = size * passes / 1e6

    base = time_baseline(files, passes)
    pipe = time_pipeline(texts, names, passes)
    print(f"text: {len(files)} articles, {size / 1e6:.2f} MB UTF-8, {passes} passes = {megabytes:.2f} MB")
    print(f"read + NFC               {base:7.3f} s   {megabytes / base:8.1f} MB/s")
    print(f"doingoai pipeline        {pipe:7.3f} s   {megabytes / pipe:8.2f} MB/s   ({pipe / base:.0f}× read+NFC)")
    if not args.no_underthesea:
        ud = time_underthesea(texts)
        if ud is None:
            print("underthesea NER          not installed (pip install underthesea)")
        else:
            one_pass = pipe / passes
            print(f"underthesea NER (1 pass) {ud:7.3f} s   {size / 1e6 / ud:8.2f} MB/s   "
                  f"(pipeline is {ud / one_pass:.1f}× faster)")
    child = startup_and_memory(files)
    print(f"start-up (imports + reference data + first document): {child['startup']:.2f} s")
    print(f"peak memory over the corpus: {child['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
