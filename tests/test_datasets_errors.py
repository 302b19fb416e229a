"""Missing files, checksum mismatches, unknown names and options, fetch against a local server."""

import functools
import http.server
import shutil
import threading

import pytest
import smcm_data
from smcm_data import cli, fetch, locate, registry

SMALL = "us_food_recalls_2024_2025"  # one small file with a pinned origin
REPACKED = "twitter15_16_propagation_trees"


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """Only a temp folder (via SMCM_DATA_DIR) and a temp cache are searched."""
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("SMCM_DATA_DIR", str(data))
    monkeypatch.setenv("SMCM_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(locate, "_shared_candidates", lambda: [])
    smcm_data.clear_cache()
    yield data
    smcm_data.clear_cache()


# resolved before any test isolates the search path
REAL_RECALLS = locate.locate(registry.get(SMALL), "food_safety_recalls.json")


def test_missing_file_error_names_file_folders_and_command(isolated, tmp_path):
    with pytest.raises(smcm_data.DataFileMissingError) as caught:
        smcm_data.load(SMALL)
    message = str(caught.value)
    assert f"{SMALL}/food_safety_recalls.json" in message
    assert str(isolated / SMALL) in message
    assert str(tmp_path / "cache" / SMALL) in message
    assert f"smcm-data fetch {SMALL}" in message
    assert "no ../shared/data" in message


def test_missing_repacked_file_explains_it_cannot_be_fetched(isolated):
    with pytest.raises(smcm_data.DataFileMissingError, match="cannot be downloaded"):
        smcm_data.load(REPACKED)


def test_checksum_mismatch_is_never_used(isolated):
    target = isolated / SMALL / "food_safety_recalls.json"
    target.parent.mkdir()
    original = REAL_RECALLS.read_bytes()
    target.write_bytes(original.replace(b"Salmonella", b"Salmonellx", 1))  # same size
    with pytest.raises(smcm_data.ChecksumMismatchError, match="sha256") as caught:
        smcm_data.load(SMALL)
    assert str(target) in str(caught.value)


def test_size_mismatch_reported(isolated):
    target = isolated / SMALL / "food_safety_recalls.json"
    target.parent.mkdir()
    target.write_text("[]")
    with pytest.raises(smcm_data.ChecksumMismatchError, match="bytes"):
        smcm_data.load(SMALL)


def test_env_folder_is_searched_first(isolated):
    (isolated / SMALL).mkdir()
    shutil.copy(REAL_RECALLS, isolated / SMALL)
    assert len(smcm_data.load(SMALL)) == 339
    assert locate.search_folders()[0] == isolated.resolve()


def test_unknown_name_and_option():
    with pytest.raises(smcm_data.DataError, match="known data sets"):
        smcm_data.load("no_such_set")
    with pytest.raises(TypeError, match="ticker"):
        smcm_data.load("stocks_yahoo_bluefin", tickr="UAL")


def test_registry_is_complete_and_consistent():
    names = set(registry.datasets())
    assert names == set(smcm_data.loader.READERS)
    assert len(names) == 12
    for dataset in registry.datasets().values():
        for data_file in dataset.files:
            assert len(data_file.sha256) == 64 and data_file.bytes > 0
            assert (data_file.origin is None) != (data_file.derivation is None), data_file.name


@pytest.fixture
def origin_server(tmp_path):
    """A local http.server laid out like raw.githubusercontent.com/<repo>/<commit>/<path>."""
    root = tmp_path / "www"
    data_file = registry.get(SMALL).files[0]
    served = root / data_file.origin.repo / data_file.origin.commit / data_file.origin.path
    served.parent.mkdir(parents=True)
    shutil.copy(REAL_RECALLS, served)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", served
    server.shutdown()
    server.server_close()


def test_fetch_downloads_and_verifies(isolated, tmp_path, origin_server):
    base_url, _ = origin_server
    written = fetch.fetch([SMALL], base_url=base_url, progress=False)
    assert written == [tmp_path / "cache" / SMALL / "food_safety_recalls.json"]
    assert len(smcm_data.load(SMALL)) == 339  # found in the cache folder
    assert fetch.fetch([SMALL], base_url=base_url, progress=False) == []  # nothing left to do


def test_fetch_rejects_a_corrupt_download(isolated, tmp_path, origin_server):
    base_url, served = origin_server
    served.write_bytes(served.read_bytes().replace(b"FDA", b"XYZ", 1))
    with pytest.raises(smcm_data.FetchError, match="sha256"):
        fetch.fetch([SMALL], base_url=base_url, progress=False)
    assert not (tmp_path / "cache" / SMALL).exists() or not any(
        (tmp_path / "cache" / SMALL).iterdir()
    )


def test_fetch_refuses_repacked_files(isolated, origin_server):
    base_url, _ = origin_server
    with pytest.raises(smcm_data.FetchError, match="twitter15.tar.gz"):
        fetch.fetch([REPACKED], base_url=base_url, progress=False)


def test_cli_verify_and_fetch_exit_codes(isolated, origin_server, capsys):
    base_url, _ = origin_server
    assert cli.main(["-q", "verify", SMALL]) == 1
    assert "MISSING" in capsys.readouterr().out
    assert cli.main(["-q", "fetch", SMALL, "--base-url", base_url]) == 0
    assert cli.main(["-q", "verify", SMALL]) == 0


def test_cli_verify_all_real_files(capsys):
    assert cli.main(["-q", "verify"]) == 0
    assert "92 of 92 files verified" in capsys.readouterr().out


def test_cli_list_and_info(capsys):
    assert cli.main(["list"]) == 0
    assert cli.main(["info", "icwsm_polarization_twitter2010"]) == 0
    out = capsys.readouterr().out
    assert "polblogs" in out and "network='retweet'" in out and "CC BY 4.0" in out
