"""The gazetteer matcher's cache file: named by what it is built from, written whole or not at all,
and never a reason for the extraction to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from doingoai.extraction.recognisers import matcher_cache
from doingoai.extraction.recognisers.gazetteer import Groups, Matcher, Target, case_checks


def small_matcher() -> Matcher:
    def target(key: str, surface: tuple[str, ...]) -> Target:
        return Target("country", key, key, surface, case=case_checks(surface))

    trie = {"nhật": ({"bản": ({}, 0)}, None), "mĩ": ({}, 1)}
    return Matcher(trie, Groups([[target("JP", ("Nhật", "Bản"))], [target("US", ("Mĩ",))]]), set())


def same(a: Matcher, b: Matcher) -> bool:
    return a.trie == b.trie and a.lower_start == b.lower_start and len(a.groups) == len(b.groups) \
        and all(a.groups[i] == b.groups[i] for i in range(len(a.groups)))


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DOINGOAI_CACHE_DIR", str(folder))
    return folder


def test_saved_and_read_back(cache_dir):
    path = matcher_cache.cache_path()
    assert path is not None and path.parent == cache_dir
    matcher_cache._save(path, small_matcher())
    assert same(matcher_cache._load(path), small_matcher())
    assert [p.name for p in cache_dir.iterdir()] == [path.name]  # no temporary file left behind


def test_the_name_changes_with_the_code_and_data_it_is_built_from(cache_dir, tmp_path, monkeypatch):
    source = tmp_path / "gazetteer_source.csv"
    source.write_text("a", encoding="utf-8")
    monkeypatch.setattr(matcher_cache, "_sources", lambda: [source])
    before = matcher_cache.cache_path()
    source.write_text("b", encoding="utf-8")
    assert matcher_cache.cache_path() != before


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xe3" * 10])
def test_a_truncated_or_foreign_file_is_not_read(cache_dir, content):
    path = matcher_cache.cache_path()
    matcher_cache._save(path, small_matcher())
    data = path.read_bytes()
    path.write_bytes(content or data[: len(data) // 2])
    assert matcher_cache._load(path) is None


def test_a_directory_that_cannot_be_written_only_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DOINGOAI_CACHE_DIR", str(blocker / "cache"))  # its parent is a file: no directory
    monkeypatch.setattr(matcher_cache, "build_matcher", small_matcher)
    built = matcher_cache.matcher.__wrapped__()  # the matcher of a new process: nothing cached, built
    assert same(built, small_matcher())
    assert list(tmp_path.iterdir()) == [blocker]


def test_a_cached_matcher_is_read_instead_of_built(cache_dir, monkeypatch):
    matcher_cache._save(matcher_cache.cache_path(), small_matcher())

    def must_not_build() -> Matcher:
        raise AssertionError("built although cached")

    monkeypatch.setattr(matcher_cache, "build_matcher", must_not_build)
    assert same(matcher_cache.matcher.__wrapped__(), small_matcher())


def test_no_home_directory_only_means_no_cache(monkeypatch):
    monkeypatch.delenv("DOINGOAI_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert matcher_cache.cache_path() is None
