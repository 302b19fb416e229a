"""The course website, built with the documented command and opened in headless Chromium.

The browser runs with DNS resolution off for everything but 127.0.0.1, so the pages must work
with no network: figures load, no asset is missing (no 4xx in the server log), nothing is
requested from another host, and MathJax (served by the site itself) typesets the formulas.
Screenshots of every page opened go to .artifacts/screenshots/.

Both editions are built with the network off (a network namespace of their own, loopback only)
and a fresh execution cache, so every notebook, solutions included, is proven to run without a
download: no corpus, lexicon, model or data set is fetched at run time.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from course.syllabus import load as load_syllabus

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = REPO / ".artifacts" / "screenshots"
BANNER = "Solutions edition"
CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--window-size=1366,900",
    # The network is off: only the test server resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


# A network namespace of its own: loopback only, no route out, no name resolution.
OFFLINE = ["bwrap", "--unshare-net", "--dev-bind", "/", "/", "--"]

NETWORK_PROBE = """
import socket
for host in ("1.1.1.1", "pypi.org"):
    try:
        socket.create_connection((host, 443), timeout=5).close()
    except OSError:
        continue
    raise SystemExit(f"reached {host}")
"""


def offline(command: list[str]) -> list[str]:
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap is missing: `./smcm test` installs it (apt-get install bubblewrap)")
    return OFFLINE + command


def test_the_builds_network_is_off():
    result = subprocess.run(offline([sys.executable, "-c", NETWORK_PROBE]),
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, f"the offline wrapper lets traffic out: {result.stderr}"


def build_site(edition: str, out: Path) -> Path:
    command = [sys.executable, "-m", "course.build", "--edition", edition, "--out", str(out)]
    # A fresh execution cache: every notebook runs here, offline, whatever ran before.
    env = {**os.environ, "SMCM_SITE_EXEC_CACHE": str(out.parent / f"{edition}-exec-cache")}
    result = subprocess.run(offline(command), cwd=REPO, capture_output=True, text=True,
                            timeout=900, env=env)  # fmt: skip
    assert result.returncode == 0, (
        f"`{' '.join(command[1:])}` failed:\n{result.stdout[-4000:]}\n{result.stderr[-6000:]}"
    )
    return out


@pytest.fixture(scope="module")
def student_site(tmp_path_factory) -> Path:
    return build_site("student", tmp_path_factory.mktemp("site") / "student")


@pytest.fixture(scope="module")
def solutions_site(tmp_path_factory) -> Path:
    return build_site("solutions", tmp_path_factory.mktemp("site") / "solutions")


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site and records (path, status) of every request."""

    def log_request(self, code="-", size="-"):
        self.server.requests.append((self.path, int(code)))

    def log_message(self, format, *args):  # keep the test output quiet
        pass


@pytest.fixture(scope="module")
def server(student_site):
    handler = functools.partial(RecordingHandler, directory=str(student_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(
            f"missing {', '.join(missing)}: the site test needs headless Chromium; install it "
            "with `sudo apt-get install -y chromium chromium-driver` (Debian/Ubuntu)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


WAIT_FOR_MATHJAX = """
const done = arguments[arguments.length - 1];
if (!document.querySelector('script[src*="mathjax"]')) { done('absent'); return; }
const start = Date.now();
(function wait() {
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
    MathJax.startup.promise.then(() => done('typeset'), e => done('error: ' + e));
  } else if (Date.now() - start > 30000) { done('MathJax never started'); }
  else { setTimeout(wait, 50); }
})();
"""

LOAD_IMAGES = """
const done = arguments[arguments.length - 1];
const images = [...document.querySelectorAll('article img, main img')];
Promise.all(images.map(img => { img.loading = 'eager'; return img.decode().catch(() => null); }))
  .then(() => done(images.map(img => [img.getAttribute('src'), img.naturalWidth])));
"""

# TeX left in the prose after typesetting: a formula that MyST or MathJax did not recognise.
RAW_TEX = """
return [...document.querySelectorAll('article p, article li, article dd, article td')]
  .map(el => el.innerText).filter(t => /\\\\[A-Za-z]{2,}|\\$\\$/.test(t))
  .map(t => JSON.stringify(t.slice(0, 80)));
"""

UNTYPESET_MATH = """
return [...document.querySelectorAll('span.math, div.math')]
  .filter(el => !el.querySelector('mjx-container')).map(el => el.textContent.slice(0, 60));
"""


VISITED: dict[str, list[str]] = {}  # page -> TeX left untypeset on it


def visit(driver, base: str, page: str) -> dict:
    """Open a page, wait for MathJax and images, save a screenshot, return what was found."""
    driver.set_window_size(1366, 900)
    driver.get(f"{base}/{page}")
    mathjax = driver.execute_async_script(WAIT_FOR_MATHJAX)
    images = driver.execute_async_script(LOAD_IMAGES)
    found = {
        "mathjax": mathjax,
        "images": images,
        "formulas": driver.execute_script(
            "return document.querySelectorAll('mjx-container').length"
        ),
        "untypeset": driver.execute_script(UNTYPESET_MATH) + driver.execute_script(RAW_TEX),
        "text": driver.execute_script("return document.body.innerText"),
    }
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1366, min(max(height, 900), 6000))
    VISITED[page] = found["untypeset"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(
        str(SCREENSHOTS / ("site-" + page.replace("/", "-").replace(".html", ".png")))
    )
    return found


def assert_figures(page: str, found: dict, at_least: int = 1) -> None:
    broken = [src for src, width in found["images"] if width == 0]
    assert not broken, f"{page}: figures did not render: {broken}"
    assert len(found["images"]) >= at_least, (
        f"{page}: expected at least {at_least} figure(s), found {len(found['images'])}"
    )


def external_requests(driver, base: str) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            # chrome:// pages are the browser's own; anything on the web must be the test server.
            if url.startswith(("http:", "https:", "ws:", "wss:")) and not url.startswith(base):
                urls.append(url)
    return urls


def test_site_pages_render_offline_in_chromium(student_site, server, browser):
    base = f"http://127.0.0.1:{server.server_address[1]}"
    syllabus = load_syllabus()
    published = sorted(p.stem for p in (student_site / "notebooks").glob("*.html"))
    home = visit(browser, base, "index.html")
    assert_figures("home", home)
    for needle in (
        "Who it is for",
        "Prerequisites",
        "The 13-week plan",
        "Learning outcomes",
        "How grading works",
    ):
        assert needle in home["text"], f"home page lacks '{needle}'"
    assert all(week.title in home["text"] for week in syllabus.weeks), "plan table incomplete"

    for module in syllabus.modules:
        page = f"modules/{module.id}.html"
        found = visit(browser, base, page)
        weeks_here = [w.id for w in module.weeks if w.id in published]
        # The plan figure, plus at least one figure per published notebook of the module.
        assert_figures(page, found, at_least=1 + len(weeks_here))
        for heading in ("Learning outcomes", "Readings", "References"):
            assert heading in found["text"], f"{page} lacks '{heading}'"
        for week in module.weeks:
            status = "published" if week.id in published else "coming"
            assert f"Status: {status}" in found["text"], f"{page}: {week.id} should be {status}"

    for week_id in published:
        page = f"notebooks/{week_id}.html"
        found = visit(browser, base, page)
        assert_figures(page, found)
        if found["mathjax"] != "absent":
            assert found["mathjax"] == "typeset", f"{page}: {found['mathjax']}"

    glossary = visit(browser, base, "glossary.html")
    assert glossary["mathjax"] == "typeset", f"glossary: MathJax {glossary['mathjax']}"
    assert glossary["formulas"] >= 20, f"glossary: only {glossary['formulas']} formulas typeset"
    assert not glossary["untypeset"], f"glossary: raw TeX left: {glossary['untypeset'][:3]}"

    for page in ("myths.html", "data/index.html", "instructor-guide.html"):
        visit(browser, base, page)

    problems = [f"{page}: TeX not typeset: {raw[:3]}" for page, raw in VISITED.items() if raw]

    failed = [(path, code) for path, code in server.requests if code >= 400]
    assert not failed, f"missing assets (server log): {failed[:10]}"
    outside = external_requests(browser, base)
    assert not outside, f"pages requested other hosts (must work offline): {outside[:10]}"
    assert not problems, "\n".join(problems)


def html_pages(site: Path) -> list[Path]:
    """The site's pages (not the theme's HTML fragments under _static/)."""
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.relative_to(site).parts)


def test_student_edition_holds_no_solution_and_no_banner(student_site):
    for path in sorted(
        p
        for p in student_site.rglob("*")
        if p.is_file()
        and p.suffix in {".html", ".ipynb", ".txt", ".js"}
        and "mathjax" not in p.parts
    ):
        text = path.read_text(encoding="utf-8", errors="replace")
        for marker in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS"):
            assert marker not in text, f"{path.relative_to(student_site)} contains {marker}"
    assert not any(BANNER in p.read_text(encoding="utf-8") for p in html_pages(student_site))


def test_solutions_edition_is_labelled_on_every_page(solutions_site):
    pages = html_pages(solutions_site)
    assert pages, "the solutions edition built no page"
    unlabelled = [
        str(p.relative_to(solutions_site))
        for p in pages
        if BANNER not in p.read_text(encoding="utf-8")
    ]
    assert not unlabelled, f"pages without the solutions banner: {unlabelled}"
    sources = sorted(
        p.stem
        for p in (REPO / "source").glob("w[0-9][0-9]_*/w[0-9][0-9]_*.ipynb")
        if p.stem == p.parent.name
    )
    rendered = sorted(p.stem for p in (solutions_site / "notebooks").glob("*.html"))
    assert rendered == sources, "the solutions edition must render every source notebook"
    for path in pages + sorted(solutions_site.rglob("*.ipynb")):
        assert "BEGIN HIDDEN TESTS" not in path.read_text(encoding="utf-8"), (
            f"{path.relative_to(solutions_site)} shows hidden tests"
        )


def test_myths_page_collects_every_case_notebooks_box(student_site):
    """Each markdown cell tagged `myths` in a published notebook appears on the myths page."""
    import html
    import re

    import nbformat

    from course import myths

    page = html.unescape(re.sub(r"<[^>]+>", " ", (student_site / "myths.html").read_text()))
    # Sphinx's smart quotes: compare with straight ones.
    page = " ".join(page.split()).translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    boxes = 0
    for notebook_path in sorted((REPO / "release").glob("w*/w*.ipynb")):
        for text in myths.myth_cells(nbformat.read(notebook_path, 4)):
            boxes += 1
            for claim in re.findall(r"\*\*Myth:\*\*\s*([^\n*]{10,})", text):
                # As rendered: Markdown's escapes (\$) gone, words as the page shows them.
                words = " ".join(claim.replace("\\", "").replace("`", "").split()[:4])
                assert words in page, f"{notebook_path.name}: myth missing from the page: {claim}"
    if any((REPO / "release").glob("w1[0-2]_*/*.ipynb")):
        assert boxes, "the case weeks are published but none has a cell tagged `myths`"
