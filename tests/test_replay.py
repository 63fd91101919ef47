"""End to end: `newsbot replay` through all five stages into a real database, then query back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from tests import badfiles
from tests.cli import export, newsbot, query_json, replay
from tests.conftest import ROOT, SAMPLES
from tests.expectations import check_article

SAMPLE = SAMPLES / "thenational_iraq_militias.txt"
EXPECTED = json.loads((SAMPLES / "thenational_iraq_militias.expected.json").read_text())
DUMPS = ROOT / "fixtures" / "dumps"
EXPECTED_DUMPS = ROOT / "tests" / "expected" / "dumps"


def test_sample_dump_exports_what_the_expected_file_describes(db_url: str) -> None:
    summary = replay(SAMPLE, db=db_url)
    assert summary["read"] == 1 and summary["new"] == 1 and summary["quarantined"] == 0
    [article] = export(db_url)
    check_article(article, EXPECTED)
    assert article["version"] == 1 and article["versions"] == 1
    assert article["source"].endswith("thenational_iraq_militias.txt")
    widget_parts = {e["text"] for e in article["entities"] if e["part"] == "widget"}
    assert "Brad Pitt" in widget_parts  # tagged, but kept with the widget


def test_every_fixture_dump_exports_as_expected(sqlite_url: str) -> None:
    dumps = sorted(DUMPS.glob("*.txt"))
    summary = replay(*dumps, db=sqlite_url)
    assert summary["read"] == len(dumps)
    by_source = {Path(a["source"]).name: a for a in export(sqlite_url)}
    for dump in dumps:
        expected = json.loads((EXPECTED_DUMPS / f"{dump.stem}.json").read_text())
        assert dump.name in by_source, f"{dump.name} was not stored"
        check_article(by_source[dump.name], expected)


def test_several_workers_store_every_dump_once_and_exit(db_url: str) -> None:
    dumps = sorted(DUMPS.glob("*.txt"))
    summary = replay(*dumps, db=db_url, extra=("--workers", "3"))
    assert summary["read"] == len(dumps) and summary["new"] == len(dumps)
    articles = export(db_url)
    assert sorted(Path(a["source"]).name for a in articles) == [d.name for d in dumps]
    by_source = {Path(a["source"]).name: a for a in articles}
    for dump in dumps:
        expected = json.loads((EXPECTED_DUMPS / f"{dump.stem}.json").read_text())
        check_article(by_source[dump.name], expected)


def test_more_workers_than_files_still_end(sqlite_url: str) -> None:
    # Workers left without a file finish at once; the command must not wait on them.
    for _ in range(3):
        summary = replay(SAMPLE, db=sqlite_url, extra=("--workers", "4", "--tagger", "fast"))
        assert summary["read"] == 1
    assert len(export(sqlite_url)) == 1


def test_replaying_twice_changes_nothing(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "dumps"
    shutil.copytree(DUMPS, folder, ignore=shutil.ignore_patterns("*.json"))
    first = replay(folder, db=db_url)
    before = newsbot("export", db=db_url).stdout
    second = replay(folder, db=db_url)
    after = newsbot("export", db=db_url).stdout
    assert before == after
    assert second["new"] == 0 and second["updated"] == 0
    assert second["duplicates"] == first["read"] - first["quarantined"] + first["quarantined"]


def _edited(text: str, updated: str) -> str:
    body = text.replace("significant push", "determined push").replace(
        "resumed co-ordinating", "resumed close co-ordination of"
    )
    return body.replace("Updated: August 21, 2024, 4:01 PM", f"Updated: {updated}")


def test_entities_are_exported_as_each_article_writes_them(tmp_path: Path, db_url: str) -> None:
    short = tmp_path / "short.txt"
    short.write_text(
        "Ports in the UAE handle record cargo\n\n"
        "Container volumes at ports across the UAE rose by a fifth this year, the UAE "
        "Federal Maritime Authority said on Monday.\n\n"
        "Shipping lines say the UAE has gained as routes through the Red Sea stay closed.\n",
        encoding="utf-8",
    )
    spelt_out = tmp_path / "spelt_out.txt"
    spelt_out.write_text(
        "Tourism in the United Arab Emirates hits a high\n\n"
        "Hotels in the United Arab Emirates filled nine rooms in ten last month, officials "
        "said on Tuesday.\n\n"
        "Visitors from India and Britain led the rise, and the UAE expects more next year.\n",
        encoding="utf-8",
    )
    replay(short, spelt_out, db=db_url)
    places = {
        Path(a["source"]).name: {
            (e["text"], e["canonical"]) for e in a["entities"] if e["label"] == "PLACE"
        }
        for a in export(db_url)
    }
    # As written where the article never spells the name out; one name across articles.
    assert ("UAE", "United Arab Emirates") in places["short.txt"]
    assert ("United Arab Emirates", "United Arab Emirates") in places["spelt_out.txt"]
    top = query_json("entities", "--label", "PLACE", "--limit", "100", db=db_url)
    assert "United Arab Emirates" in {e["name"] for e in top}
    assert "UAE" not in {e["name"] for e in top}


def test_new_version_of_a_story_without_url(tmp_path: Path, db_url: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    newer = tmp_path / "newer.txt"
    newer.write_text(_edited(text, "August 22, 2024, 9:15 AM"), encoding="utf-8")
    replay(SAMPLE, db=db_url)
    summary = replay(newer, db=db_url)
    assert summary["updated"] == 1
    [article] = export(db_url)
    assert article["version"] == 2 and article["versions"] == 2
    assert article["updated"] == "2024-08-22T09:15"
    assert "determined push" in article["body"]


def test_older_version_read_later_does_not_roll_back(tmp_path: Path, db_url: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    newer = tmp_path / "newer.txt"
    newer.write_text(_edited(text, "August 23, 2024, 8:00 AM"), encoding="utf-8")
    replay(newer, db=db_url)
    replay(SAMPLE, db=db_url)
    [article] = export(db_url)
    assert article["updated"] == "2024-08-23T08:00"
    assert article["versions"] == 2 and article["version"] == 1
    assert "determined push" in article["body"]
    assert Path(article["source"]).name == "newer.txt"


def test_same_body_read_from_another_file_changes_nothing(tmp_path: Path, sqlite_url: str) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SAMPLE.read_bytes().replace(b"Updated:", b"Updated:  "))
    replay(SAMPLE, db=sqlite_url)
    summary = replay(copy, db=sqlite_url)
    assert summary["unchanged"] == 1
    [article] = export(sqlite_url)
    assert article["versions"] == 1


def test_raw_bytes_come_back_byte_for_byte(db_url: str) -> None:
    replay(SAMPLE, db=db_url)
    [article] = export(db_url)
    raw = newsbot("show", article["id"], "--raw", db=db_url).stdout
    assert raw == SAMPLE.read_bytes()


def test_gzip_and_folders_are_read(tmp_path: Path, sqlite_url: str) -> None:
    import gzip

    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "story.txt.gz").write_bytes(gzip.compress(SAMPLE.read_bytes()))
    summary = replay(tmp_path, db=sqlite_url)
    assert summary["new"] == 1
    [article] = export(sqlite_url)
    check_article(article, EXPECTED)
    raw = newsbot("show", article["id"], "--raw", db=sqlite_url).stdout
    assert raw == SAMPLE.read_bytes()


def _arabic_dump() -> str:
    return (
        "الفصائل العراقية تستأنف التنسيق\n\n"
        "استأنفت الفصائل المسلحة في العراق تنسيق هجماتها ضد أهداف أمريكية.\n\n"
        "وقال مصدر إن الهدنة انتهت فعليا.\n\n"
        "Updated: August 21, 2024, 4:01 PM\n"
    )


def _widget_dump(headline: str, title: str, html: str) -> str:
    """A short story (told apart by its headline) with one percent-encoded box."""
    return (
        f"{headline}\n\n"
        f"{headline}: the decision was taken on Monday after a long debate.\n\n"
        f"Officials said {headline.lower()} would change how people move around.\n\n"
        f"{quote(title)}\n{quote(html)}\n\n"
        "Updated: March 3, 2025, 10:00 AM\n"
    )


def _bad_corpus(folder: Path) -> dict[str, Path]:
    """Every awkward input the replay must survive, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "empty": badfiles.empty(folder),
        "whitespace": badfiles.whitespace_only(folder),
        "binary": badfiles.random_binary(folder),
        "nuls": badfiles.nul_bytes(folder),
        "utf16": badfiles.utf16_html(folder),
        "long_line": badfiles.long_line(folder),
        "big": badfiles.big_dump(folder),
        "bomb": badfiles.gzip_bomb(folder),
        "truncated_gz": badfiles.truncated_gzip(folder, SAMPLE.read_bytes()),
        "loop": badfiles.symlink_loop(folder),
    }
    for path in badfiles.odd_names(folder):
        files[f"odd:{path.name}"] = path
    arabic = folder / "arabic-cp1256.txt"
    arabic.write_bytes(_arabic_dump().encode("cp1256"))
    files["cp1256"] = arabic
    latin = folder / "latin1.txt"
    latin.write_bytes(
        "Café owners in Zürich protest rent rises\n\nThe café owners' association said "
        "rents had doubled.\n\nUpdated: May 2, 2024, 9:00 AM\n".encode("latin-1")
    )
    files["latin1"] = latin
    bad_escape = folder / "bad-escapes.txt"
    bad_escape.write_text(
        _widget_dump("Council approves cycling lanes", "FACT%2", "<p>Name: Broken</p>").replace(
            "%3C%2Fp%3E", "%3C%2Fp%3"
        ),
        encoding="utf-8",
    )
    files["bad_escapes"] = bad_escape
    deep = folder / "deep-widget.txt"
    deep.write_text(
        _widget_dump(
            "Council delays bus lanes", "DEEP BOX", "<div>" * 20000 + "Deep fact" + "</div>" * 20000
        ),
        encoding="utf-8",
    )
    files["deep"] = deep
    hostile = folder / "hostile-widget.txt"
    hostile.write_text(
        _widget_dump(
            "Council names new transport chief",
            "PROFILE",
            '<p onclick="steal()">Name: Safe text</p><script>alert(1)</script>'
            '<iframe src="https://evil.example/"></iframe>'
            '<a href="javascript:alert(2)">click</a><img src=x onerror="boom()">',
        ),
        encoding="utf-8",
    )
    files["hostile"] = hostile
    many = folder / "many-widgets.txt"
    boxes = "\n".join(f"BOX%20{i}\n{quote(f'<p>Item: {i}</p>')}\n" for i in range(5000))
    many.write_text(
        "Markets close higher on Friday\n\nShares rose across the region on Friday.\n\n"
        f"{boxes}\nUpdated: June 7, 2024, 5:00 PM\n",
        encoding="utf-8",
    )
    files["many"] = many
    crlf = folder / "crlf.txt"
    crlf.write_bytes(SAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    files["crlf"] = crlf
    return files


def test_bad_files_never_stop_a_replay(tmp_path: Path, sqlite_url: str) -> None:
    files = _bad_corpus(tmp_path / "bad")
    result = newsbot(
        "replay", str(tmp_path / "bad"), "--json", "--no-progress", db=sqlite_url, timeout=900
    )
    summary = json.loads(result.stdout)
    assert result.returncode == 0
    assert summary["errors"] == 0, result.stderr.decode(errors="replace")[-2000:]
    assert summary["quarantined"] >= 3  # empty, whitespace, binary, the bomb at least
    articles = export(sqlite_url)
    by_name = {Path(a["source"].split("#")[0]).name: a for a in articles}

    arabic = by_name["arabic-cp1256.txt"]
    assert arabic["title"] == "الفصائل العراقية تستأنف التنسيق"
    assert "استأنفت الفصائل المسلحة" in arabic["body"]
    assert "Café owners in Zürich" in by_name["latin1.txt"]["title"]

    hostile = by_name["hostile-widget.txt"]["widgets"][0]
    assert "Safe text" in hostile["text"]
    for bad in ("<script", "onclick", "onerror", "javascript:", "<iframe"):
        assert bad not in (hostile["html"] or "")

    deep = by_name["deep-widget.txt"]["widgets"][0]
    assert "Deep fact" in deep["text"]
    assert len(by_name["many-widgets.txt"]["widgets"]) == 5000
    assert by_name["bad-escapes.txt"]["body"].startswith("Council approves cycling lanes: the")
    crlf = by_name["crlf.txt"]  # the truncated .gz of the same story is an older version
    check_article(crlf, {k: v for k, v in EXPECTED.items() if not k.startswith("body_entities")})

    quarantine = query_json("quarantine", db=sqlite_url)
    reasons = {Path(q["source"]).name: q["reason"] for q in quarantine}
    assert "noise.bin" in reasons and "binary" in reasons["noise.bin"]
    bomb = next(q for q in quarantine if Path(q["source"]).name == files["bomb"].name)
    assert "limit" in bomb["reason"]
    raw = newsbot("quarantine", "--raw", str(bomb["id"]), db=sqlite_url).stdout
    assert raw == files["bomb"].read_bytes()


def test_broken_runs_exit_non_zero_with_one_line(tmp_path: Path) -> None:
    bad_db = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    result = newsbot("replay", str(SAMPLE), db=bad_db, check=False)
    assert result.returncode != 0
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in result.stderr
    missing = newsbot("replay", str(tmp_path / "nope"), check=False)
    assert missing.returncode != 0 and b"no such file" in missing.stderr


@pytest.fixture
def loaded_db(db_url: str) -> str:
    summary = replay(SAMPLE, *sorted(DUMPS.glob("*.txt")), db=db_url)
    assert summary["errors"] == 0 and summary["quarantined"] == 0, summary
    return db_url


def test_search_ranks_matching_articles(loaded_db: str) -> None:
    results = query_json("search", "truce militias", db=loaded_db)
    assert results and results[0]["title"] == EXPECTED["title"]
    assert query_json("search", "zzzznotaword", db=loaded_db) == []


def test_show_gives_the_article(loaded_db: str) -> None:
    [first, *_] = query_json("search", "truce militias", db=loaded_db)
    shown = query_json("show", first["id"], db=loaded_db)
    assert shown["title"] == EXPECTED["title"] and len(shown["paragraphs"]) == 17
    missing = newsbot("show", "nope", db=loaded_db, check=False)
    assert missing.returncode == 1 and b"no article" in missing.stderr


def test_entities_queries(loaded_db: str) -> None:
    top = query_json("entities", "--label", "PERSON", "--limit", "1000", db=loaded_db)
    assert all(e["label"] == "PERSON" for e in top)
    assert "Haider Al Lami" in {e["name"] for e in top}
    assert "Brad Pitt" not in {e["name"] for e in top}  # widget entities are not the article's
    found = query_json("entities", "Haider Al Lami", db=loaded_db)
    assert found and found[0]["title"] == EXPECTED["title"]
    assert "[Haider Al Lami]" in found[0]["snippets"][0]["text"]
    companions = query_json("entities", "Haider Al Lami", "--with", db=loaded_db)
    assert "Iraq" in {e["name"] for e in companions}
    widget_people = query_json("entities", "Brad Pitt", "--parts", "widget", db=loaded_db)
    assert widget_people


def test_stats_report_outcomes_per_site_and_day(loaded_db: str) -> None:
    stats = query_json("stats", db=loaded_db)
    assert stats["totals"]["articles"] >= 20
    assert sum(row.get("new", 0) for row in stats["sites"]) == stats["totals"]["articles"]


def test_tables_written_to_a_pipe_keep_each_row_on_one_line(loaded_db: str) -> None:
    out = newsbot("stats", db=loaded_db).stdout.decode("utf-8")
    rows = {
        cells[0]: cells
        for line in out.splitlines()
        if (cells := [c.strip() for c in line.strip("│ ").split("│")]) and len(cells) > 5
    }
    stats = query_json("stats", db=loaded_db)
    for site in stats["sites"]:
        assert site["site"] in rows, f"{site['site']!r} not whole on one line in:\n{out}"
    header = next(line for line in out.splitlines() if "missing_date_share" in line)
    assert "empty_body_share" in header


def test_identical_files_read_in_one_run_count_as_duplicates_of_their_site(
    tmp_path: Path, sqlite_url: str
) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    for name in ("brief.txt", "copy of brief.txt", "brief again.txt"):
        shutil.copy(DUMPS / "one_paragraph_brief.txt", folder / name)
    summary = replay(folder, db=sqlite_url)
    assert summary["read"] == 3 and summary["new"] == 1 and summary["duplicates"] == 2
    stats = query_json("stats", db=sqlite_url)
    assert sum(row.get("duplicate", 0) for row in stats["sites"]) == 2
    assert len(export(sqlite_url)) == 1


def test_csv_export(loaded_db: str) -> None:
    import csv
    import io

    out = newsbot("export", "--format", "csv", db=loaded_db).stdout.decode()
    rows = list(csv.DictReader(io.StringIO(out)))
    # list cells are JSON; which row comes first is not fixed, so the sample's row is looked up
    sample = next(r for r in rows if r["title"] == EXPECTED["title"])
    assert len(json.loads(sample["paragraphs"])) == EXPECTED["paragraph_count"]
    assert all(isinstance(json.loads(r["paragraphs"]), list) for r in rows)


def test_warc_json_lines_and_gzip_replay_with_their_urls(sqlite_url: str) -> None:
    summary = replay(ROOT / "fixtures" / "archives", db=sqlite_url)
    assert summary["read"] == 6 and summary["new"] == 6 and summary["errors"] == 0
    by_source = {a["source"].rsplit("/", 1)[-1]: a for a in export(sqlite_url)}
    solar = by_source["export.jsonl#L1"]
    assert solar["url"] == "https://news.example.org/business/solar-park"
    assert solar["site"] == "news.example.org" and solar["headings"]
    warc = [a for name, a in by_source.items() if name.startswith("crawl.warc.gz#")]
    assert len(warc) == 3 and all(a["url"] and a["paragraphs"] for a in warc)
    # a page's canonical link wins over the address it was fetched from
    assert "https://riversidepost.example/local/night-bus-routes" in {a["url"] for a in warc}
    assert by_source["one_paragraph_brief.txt.gz"]["url"] is None


def test_a_replay_in_a_host_process_gives_its_collector_back(tmp_path: Path) -> None:
    """A run holds start-up objects out of the garbage collector's walks and enlarges its young
    generation; a program that runs replays in its own process gets both back afterwards, so
    nothing its later work frees stays frozen."""
    script = (
        "import gc, json, sys\n"
        "from newsbot.cli import run_replay\n"
        "before = gc.get_threshold()\n"
        "stats = run_replay([sys.argv[1]], sys.argv[2], tagger='fast')\n"
        "print(json.dumps({'before': before, 'after': gc.get_threshold(),\n"
        "                  'frozen': gc.get_freeze_count(),\n"
        "                  'stored': stats.get('newsbot/new', 0)}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(DUMPS), f"sqlite:///{tmp_path}/host.db"],
        capture_output=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    outcome = json.loads(result.stdout.decode().strip().splitlines()[-1])
    assert outcome["stored"] >= 20  # the run itself did its work
    assert outcome["after"] == outcome["before"]
    assert outcome["frozen"] == 0
