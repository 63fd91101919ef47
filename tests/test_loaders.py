from __future__ import annotations

import gzip
import json
import os
import random
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsbot.items import RawDocument
from newsbot.loaders import LoaderOptions, LoadProblem, iter_paths, load_path, load_paths
from newsbot.parsing.decode import decode_text, looks_binary
from tests import badfiles

PAGE = b"<!DOCTYPE html><html><head><title>Truce ends</title></head><body><p>x</p></body></html>"
DUMP = badfiles.ARTICLE_LINE.encode() * 3


def load_all(path: Path, **options: object) -> list[RawDocument | LoadProblem]:
    return list(load_path(path, options=LoaderOptions(**options)))  # type: ignore[arg-type]


def only_document(path: Path, **options: object) -> RawDocument:
    results = load_all(path, **options)
    assert len(results) == 1
    assert isinstance(results[0], RawDocument), results[0]
    return results[0]


@pytest.mark.parametrize(
    ("make", "content_type"),
    [
        pytest.param(badfiles.empty, "text/plain", id="empty"),
        pytest.param(badfiles.whitespace_only, "text/plain", id="whitespace-only"),
        pytest.param(badfiles.random_binary, "text/plain", id="random-binary"),
        pytest.param(badfiles.nul_bytes, "text/plain", id="nul-bytes"),
        pytest.param(badfiles.utf16_html, "text/html", id="utf-16-html"),
        pytest.param(badfiles.long_line, "text/plain", id="6-mb-line"),
        pytest.param(badfiles.big_dump, "text/plain", id="14-mb-dump"),
    ],
)
def test_awkward_files_become_one_document_with_exact_bytes(
    tmp_path: Path, make, content_type: str
) -> None:
    path = make(tmp_path)
    document = only_document(path)
    assert document.body == path.read_bytes()
    assert document.content_type == content_type
    assert document.source == str(path)
    assert document.url is None
    assert document.fetched_at.tzinfo is not None
    assert document.fetched_at.utcoffset().total_seconds() == 0


def test_random_binary_is_left_for_a_later_stage_to_call_binary(tmp_path: Path) -> None:
    document = only_document(badfiles.random_binary(tmp_path))
    assert looks_binary(document.body)


def test_stray_nuls_survive_loading_and_go_in_decoding(tmp_path: Path) -> None:
    document = only_document(badfiles.nul_bytes(tmp_path))
    decoded = decode_text(document.body)
    assert "\x00" not in decoded.text
    assert "Iran-backed armed factions" in decoded.text
    assert any("NUL" in message for message in decoded.warnings)


def test_gzip_bomb_is_refused_with_its_compressed_bytes_kept(tmp_path: Path) -> None:
    bomb = badfiles.gzip_bomb(tmp_path)
    results = load_all(bomb)
    assert len(results) == 1
    problem = results[0]
    assert isinstance(problem, LoadProblem)
    assert problem.reason == "decompressed size over limit"
    assert problem.body == bomb.read_bytes()


def test_gzip_bomb_never_inflates_past_the_limit_in_memory(tmp_path: Path) -> None:
    bomb = badfiles.gzip_bomb(tmp_path, inflated=512 * badfiles.MIB)
    limit = 2 * badfiles.MIB
    tracemalloc.start()
    try:
        results = load_all(bomb, max_document_bytes=limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(results[0], LoadProblem)
    assert peak < 4 * limit + bomb.stat().st_size


def test_truncated_gzip_keeps_what_decompressed_with_a_warning(tmp_path: Path) -> None:
    content = b"".join(f"line {n}: {badfiles.ARTICLE_LINE}".encode() for n in range(20000))
    document = only_document(badfiles.truncated_gzip(tmp_path, content))
    assert document.body
    assert content.startswith(document.body)
    assert len(document.body) < len(content)
    assert any("truncated" in message for message in document.warnings)


def test_gzip_cut_before_any_output_is_a_problem_with_raw_bytes(tmp_path: Path) -> None:
    path = tmp_path / "stub.gz"
    path.write_bytes(gzip.compress(DUMP)[:12])
    results = load_all(path)
    assert len(results) == 1 and isinstance(results[0], LoadProblem)
    assert results[0].body == path.read_bytes()


def test_plain_file_over_the_limit_is_a_problem_with_bounded_bytes(tmp_path: Path) -> None:
    path = badfiles.big_dump(tmp_path, size=3 * badfiles.MIB)
    results = load_all(path, max_document_bytes=badfiles.MIB)
    assert len(results) == 1 and isinstance(results[0], LoadProblem)
    assert results[0].reason == "document size over limit"
    assert path.read_bytes().startswith(results[0].body)


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        pytest.param("page.html", PAGE, "text/html", id="html"),
        pytest.param("page.dat", PAGE, "text/html", id="html-any-name"),
        pytest.param("page", b"  \n<!-- saved -->\n<html lang=en><p>x</p></html>", "text/html"),
        pytest.param("story.html", DUMP, "text/plain", id="text-named-html"),
        pytest.param("story.txt", DUMP, "text/plain", id="text"),
        pytest.param("fragment.htm", b"<div><p>Only a fragment</p></div>", "text/html"),
    ],
)
def test_single_documents_are_told_apart_by_content(
    tmp_path: Path, name: str, content: bytes, content_type: str
) -> None:
    for path in (tmp_path / name, tmp_path / f"{name}.gz"):
        data = gzip.compress(content) if path.suffix == ".gz" else content
        path.write_bytes(data)
        document = only_document(path)
        assert document.body == content
        assert document.content_type == content_type


def test_gzip_is_recognised_without_a_gz_name(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    path.write_bytes(gzip.compress(PAGE))
    document = only_document(path)
    assert (document.body, document.content_type) == (PAGE, "text/html")


@pytest.mark.parametrize(
    ("base_url", "url"),
    [
        ("https://example.com/news/truce", "https://example.com/news/truce"),
        ("https://example.com/saved/", "https://example.com/saved/truce%20ends.html"),
    ],
)
def test_base_url_gives_pages_a_url(tmp_path: Path, base_url: str, url: str) -> None:
    path = tmp_path / "truce ends.html"
    path.write_bytes(PAGE)
    assert only_document(path, base_url=base_url).url == url


def test_json_lines_yield_documents_and_problems_line_by_line(tmp_path: Path) -> None:
    results = load_all(badfiles.jsonl_with_bad_lines(tmp_path))
    by_line = {result.source.rsplit("#L", 1)[1]: result for result in results}
    assert sorted(by_line, key=int) == ["1", "2", "4", "5", "6", "7", "8"]
    documents = {n: r for n, r in by_line.items() if isinstance(r, RawDocument)}
    problems = {n: r for n, r in by_line.items() if isinstance(r, LoadProblem)}
    assert sorted(documents) == ["1", "5", "8"]
    assert sorted(problems) == ["2", "4", "6", "7"]
    assert documents["1"].body == b"<p>First</p>"
    assert documents["1"].url == "https://example.com/a"
    assert documents["1"].content_type == "text/html"
    assert documents["1"].headers["date"] == "2024-08-21"
    assert documents["5"].body == "Plain العرا".encode()
    assert documents["5"].content_type == "text/plain"
    assert documents["8"].fetched_at == datetime(2024, 8, 21, 16, 1, tzinfo=UTC)
    assert b"Cut off" in problems["2"].body


def test_json_lines_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "export.log"
    records = [{"link": f"https://example.com/{n}", "content": f"<p>{n}</p>"} for n in range(3)]
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    results = load_all(path, url_field="link", html_field="content")
    assert [r.url for r in results] == [f"https://example.com/{n}" for n in range(3)]
    assert [r.body for r in results] == [f"<p>{n}</p>".encode() for n in range(3)]


def test_json_lines_keep_a_long_line_and_refuse_one_over_the_limit(tmp_path: Path) -> None:
    long_html = "<p>" + "word " * (6 * badfiles.MIB // 5) + "</p>"
    too_long = "<p>" + "x" * (3 * badfiles.MIB) + "</p>"
    path = tmp_path / "dump.jsonl.gz"
    lines = [{"url": "https://example.com/long", "html": long_html}, {"html": too_long}]
    lines.append({"url": "https://example.com/after", "html": "<p>after</p>"})
    path.write_bytes(gzip.compress("".join(json.dumps(x) + "\n" for x in lines).encode()))
    results = load_all(path, max_document_bytes=8 * badfiles.MIB)
    assert [type(r) for r in results] == [RawDocument, RawDocument, RawDocument]
    results = load_all(path, max_document_bytes=7 * badfiles.MIB)
    assert isinstance(results[0], RawDocument) and results[0].body == long_html.encode()
    assert isinstance(results[2], RawDocument) and results[2].url == "https://example.com/after"
    results = load_all(path, max_document_bytes=2 * badfiles.MIB)
    assert [type(r) for r in results] == [LoadProblem, LoadProblem, RawDocument]
    assert results[0].reason == "line size over limit"


RESPONSES = [
    ("https://example.com/truce", PAGE, "text/html; charset=utf-8", "200 OK"),
    ("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png", "200 OK"),
    ("https://example.com/gone", b"<html>404</html>", "text/html", "404 Not Found"),
    ("https://example.com/plain", DUMP, "text/plain", "200 OK"),
]


@pytest.mark.parametrize("per_record_gzip", [False, True], ids=["plain", "per-record-gzip"])
@pytest.mark.parametrize("name", ["crawl.warc", "crawl.txt"])
def test_warc_response_records_become_documents(
    tmp_path: Path, per_record_gzip: bool, name: str
) -> None:
    path = badfiles.warc_file(tmp_path / name, RESPONSES, per_record_gzip=per_record_gzip)
    results = load_all(path)
    assert all(isinstance(r, RawDocument) for r in results)
    assert [r.url for r in results] == ["https://example.com/truce", "https://example.com/plain"]
    assert [r.body for r in results] == [PAGE, DUMP]
    assert [r.content_type for r in results] == ["text/html; charset=utf-8", "text/plain"]
    assert results[0].headers["Server"] == "test"
    assert results[0].fetched_at == datetime(2024, 8, 21, 16, 1, tzinfo=UTC)
    raw = path.read_bytes()
    for result in results:
        file_source, offset = result.source.rsplit("#", 1)
        assert file_source == str(path)
        record_start = raw[int(offset) :]
        if per_record_gzip:
            record_start = gzip.GzipFile(fileobj=__import__("io").BytesIO(record_start)).read(10)
        assert record_start.startswith(b"WARC/")


def test_warc_gzipped_as_one_stream_is_read(tmp_path: Path) -> None:
    plain = badfiles.warc_file(tmp_path / "crawl.warc", RESPONSES)
    whole = tmp_path / "crawl.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    results = load_all(whole)
    assert [r.body for r in results] == [PAGE, DUMP]
    assert len({r.source for r in results}) == 2


@pytest.mark.parametrize("per_record_gzip", [False, True], ids=["plain", "per-record-gzip"])
@pytest.mark.parametrize("cut", [100, 400, 900, 1500])
def test_truncated_warc_keeps_earlier_records_and_says_so(
    tmp_path: Path, per_record_gzip: bool, cut: int
) -> None:
    path = badfiles.warc_file(tmp_path / "crawl.warc", RESPONSES, per_record_gzip=per_record_gzip)
    path.write_bytes(path.read_bytes()[:-cut])
    results = load_all(path)
    assert results[0].body == PAGE
    problems = [r for r in results if isinstance(r, LoadProblem)]
    truncated = [r for r in results if isinstance(r, RawDocument) and r.warnings]
    assert problems or truncated
    assert len({r.source for r in results}) == len(results)


def test_garbage_after_a_warc_header_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.1\r\n" + random.Random(11).randbytes(4096))
    results = load_all(path)
    assert results and all(isinstance(r, LoadProblem) for r in results)


def test_warc_content_types_are_configurable(tmp_path: Path) -> None:
    path = badfiles.warc_file(tmp_path / "crawl.warc", RESPONSES)
    results = load_all(path, warc_content_types=("text/plain",))
    assert [r.url for r in results] == ["https://example.com/plain"]


def test_walk_is_recursive_and_sorted(tmp_path: Path) -> None:
    for name in ["b/2.txt", "b/1.txt", "a.txt", "c/d/e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(DUMP)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.txt", "b/1.txt", "b/2.txt", "c/d/e.txt"]


def test_symlink_loops_and_dead_links_end_with_problems(tmp_path: Path) -> None:
    root = badfiles.symlink_loop(tmp_path)
    problems: list[LoadProblem] = []
    found = list(iter_paths([root], on_problem=problems.append))
    assert found == [root / "inner" / "story.txt"]
    reasons = {Path(p.source).name: p.reason for p in problems}
    assert reasons["dead"] == "broken symlink"
    assert reasons["again"] == "symlink loop"
    assert reasons["up"] == "symlink loop"
    assert "self" in reasons


def test_load_paths_reports_walk_problems_among_documents(tmp_path: Path) -> None:
    root = badfiles.symlink_loop(tmp_path)
    results = list(load_paths([root]))
    documents = [r for r in results if isinstance(r, RawDocument)]
    assert [d.body for d in documents] == [badfiles.ARTICLE_LINE.encode()]
    assert len(results) - len(documents) == 4


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    problems: list[LoadProblem] = []
    assert list(iter_paths([tmp_path], on_problem=problems.append)) == []
    assert [p.reason for p in problems] == ["not a regular file"]


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    problems: list[LoadProblem] = []
    assert list(iter_paths([tmp_path / "nowhere"], on_problem=problems.append)) == []
    assert len(problems) == 1


def test_odd_file_names_load_with_printable_sources(tmp_path: Path) -> None:
    made = badfiles.odd_names(tmp_path)
    found = list(iter_paths([tmp_path / "odd"]))
    assert sorted(found) == sorted(made)
    for path in found:
        document = only_document(path)
        assert document.body == path.read_bytes()
        document.source.encode("utf-8")  # storable: no lone surrogates
    sources = {only_document(path).source for path in found}
    assert str(tmp_path / "odd" / "latin-\\xe9.txt") in sources
