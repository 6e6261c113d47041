#!/usr/bin/env python3
"""Loads every page of a docgraph site in headless Chromium and reports what a reader would meet.

Chromium's --remote-debugging-pipe speaks the DevTools protocol as NUL-terminated JSON on file
descriptors 3 (commands in) and 4 (replies out), so the standard library is enough: no websocket
package, no driver download. Used by Tests/DocGraphSiteTests/BrowserTests.swift and by
`docgraph-bench site`; prints one JSON object on standard output.

  site_check.py --site DIR [--screenshots DIR]   check every page (see `check`)
  site_check.py --site DIR --pages-only          the per-page checks alone
  site_check.py --site DIR --load-time           time index.html's load, five times
"""
import argparse
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse


class Browser:
    """One headless Chromium with one page, driven over the DevTools pipe."""

    def __init__(self, chromium, width=1280, height=900):
        self.profile = tempfile.mkdtemp(prefix="docgraph-chromium-")
        cmd_r, cmd_w = os.pipe()
        res_r, res_w = os.pipe()
        # Park the child's ends above the low numbers so that dup2 to 3 and 4 cannot clobber them.
        high_cmd = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 100)
        high_res = fcntl.fcntl(res_w, fcntl.F_DUPFD, 100)
        os.close(cmd_r)
        os.close(res_w)

        def child_fds():
            os.dup2(high_cmd, 3)
            os.dup2(high_res, 4)

        args = [chromium, "--headless=new", "--remote-debugging-pipe", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--mute-audio", "--hide-scrollbars",
                "--force-device-scale-factor=1", f"--window-size={width},{height}", f"--user-data-dir={self.profile}"]
        if os.geteuid() == 0:
            args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        args.append("about:blank")
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, preexec_fn=child_fds, close_fds=False)
        os.close(high_cmd)
        os.close(high_res)
        self.out = os.fdopen(cmd_w, "wb", buffering=0)
        self.inp = res_r
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None
        self.size = (width, height)
        self.session = self.open_tab()

    def open_tab(self):
        """A new page with its own DevTools session; returns the session id."""
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        sid = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(domain + ".enable", session=sid)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": self.size[0], "height": self.size[1], "deviceScaleFactor": 1, "mobile": False}, session=sid)
        return sid

    def close(self):
        try:
            self.call("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self.inp], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.inp, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe (did it start? run it by hand to see why)")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=True, timeout=90):
        """Sends a command to the page (`session` True), to a given session id, or to the browser
        (`session` False), and returns its result; events met meanwhile are kept."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        sid = self.session if session is True else (session or None)
        if sid:
            message["sessionId"] = sid
        self.out.write(json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, timeout=90, session=True):
        sid = self.session if session is True else session
        deadline = time.monotonic() + timeout
        for i, e in enumerate(self.events):
            if e.get("method") == method and e.get("sessionId") == sid:
                del self.events[i]
                return e
        while True:
            e = self._read_message(deadline)
            if e.get("method") == method and e.get("sessionId") == sid:
                return e
            self.events.append(e)

    def drain(self):
        """Events received so far (console messages, exceptions), and forget them."""
        try:
            while True:
                ready, _, _ = select.select([self.inp], [], [], 0)
                if not ready and b"\0" not in self.buffer:
                    break
                self.events.append(self._read_message(time.monotonic() + 5))
        except TimeoutError:
            pass
        events, self.events = self.events, []
        return events

    def navigate(self, url):
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression, session=True):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                           session=session)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_until(self, expression, timeout=30, session=True):
        """Polls a page expression until it is true; False when it is not within `timeout` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(expression, session=session):
                return True
            time.sleep(0.05)
        return False

    def screenshot(self, path, timeout=45):
        """Saves a PNG of the page; False when Chromium does not paint in time. Screenshots are
        records for people, not assertions: on a machine loaded by parallel builds headless
        Chromium can starve its compositor, and that must not fail the checks above."""
        try:
            data = self.call("Page.captureScreenshot", {"format": "png"}, timeout=timeout)["data"]
        except TimeoutError:
            return False
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return True

    def click(self, x, y):
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})


def errors_in(events):
    """Console errors, uncaught exceptions and failed loads among DevTools events."""
    found = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            found.append("exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            found.append("console.error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            entry = p["entry"]
            found.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
    return found


# What the checks read from each page, in the page itself.
PROBE = r"""
(() => {
  const headings = Array.from(document.querySelectorAll("h1,h2,h3,h4,h5,h6")).map(h => Number(h.tagName[1]));
  const links = Array.from(document.querySelectorAll("a")).map(a => {
    const href = a.getAttribute("href") || a.getAttribute("xlink:href") || "";
    const name = (a.textContent || "").trim() || a.getAttribute("aria-label") || a.getAttribute("title")
      || a.getAttribute("xlink:title") || "";
    let resolved = "";
    try { resolved = new URL(href, document.baseURI).href; } catch (e) { resolved = ""; }
    return {href, resolved, name};
  });
  const svgs = Array.from(document.querySelectorAll("svg")).map(s => {
    const t = s.querySelector(":scope > title");
    return (t && t.textContent.trim()) || "";
  });
  const ids = Array.from(document.querySelectorAll("[id]")).map(e => e.id);
  return {headings, links, svgs, ids, lang: document.documentElement.lang, charset: document.characterSet,
          title: document.title};
})()
"""


def file_of(url):
    parsed = urllib.parse.urlparse(url)
    return urllib.parse.unquote(parsed.path), urllib.parse.unquote(parsed.fragment)


TABS = 3


def inspect(report, site, page, info, ids_of, wanted_fragments):
    """Headings, links, diagram titles and language of one loaded page."""
    path = os.path.join(site, page)
    report["pages"] += 1
    if info["lang"] != "vi" or info["charset"] != "UTF-8":
        report["langProblems"].append(f"{page}: lang={info['lang']} charset={info['charset']}")
    levels = info["headings"]
    if not levels or levels[0] != 1 or levels.count(1) != 1:
        report["headingProblems"].append(f"{page}: headings {levels[:8]} (one h1, first)")
    for a, b in zip(levels, levels[1:]):
        if b > a + 1:
            report["headingProblems"].append(f"{page}: h{a} followed by h{b}")
            break
    ids_of[path] = set(info["ids"])
    for link in info["links"]:
        report["links"] += 1
        if not link["name"]:
            report["linksWithoutText"].append(f"{page}: {link['href']}")
        if not link["resolved"].startswith("file://"):
            if link["resolved"].startswith(("http:", "https:")):
                report["brokenLinks"].append(f"{page}: external link {link['href']}")
            continue
        target, fragment = file_of(link["resolved"])
        if not os.path.isfile(target):
            report["brokenLinks"].append(f"{page}: {link['href']} (no file {target})")
        elif fragment:
            wanted_fragments.append((page, link["href"], target, fragment))
    report["diagrams"] += len(info["svgs"])
    for t in info["svgs"]:
        if not t:
            report["diagramsWithoutTitle"].append(page)


def keep_screenshot(browser, report, path):
    """A screenshot for people to look at; one Chromium could not paint in time is listed as missed."""
    report["screenshots" if browser.screenshot(path) else "screenshotsMissed"].append(path)


def check(browser, site, shots, pages_only=False):
    site = os.path.abspath(site)
    pages = ["index.html", "findings.html", "obligations.html"]
    pages += sorted("d/" + f for f in os.listdir(os.path.join(site, "d")) if f.endswith(".html"))
    report = {"pages": 0, "consoleErrors": [], "brokenLinks": [], "headingProblems": [], "linksWithoutText": [],
              "diagramsWithoutTitle": [], "diagrams": 0, "links": 0, "langProblems": [], "screenshots": [], "screenshotsMissed": [],
              "search": {}, "click": {}}
    ids_of = {}
    wanted_fragments = []
    browser.drain()
    # Pages load in a few tabs at once: a navigation costs the browser more than the page does.
    tabs = [browser.session] + [browser.open_tab() for _ in range(TABS - 1)]
    for start in range(0, len(pages), len(tabs)):
        batch = list(zip(tabs, pages[start:start + len(tabs)]))
        for sid, page in batch:
            browser.call("Page.navigate", {"url": "file://" + urllib.parse.quote(os.path.join(site, page))}, session=sid)
        for sid, page in batch:
            browser.wait_for("Page.loadEventFired", session=sid)
        for sid, page in batch:
            info = browser.evaluate(PROBE, session=sid)
            inspect(report, site, page, info, ids_of, wanted_fragments)
        events = browser.drain()
        for sid, page in batch:
            for error in errors_in([e for e in events if e.get("sessionId") == sid]):
                report["consoleErrors"].append(f"{page}: {error}")
    for page, href, target, fragment in wanted_fragments:
        if target in ids_of and fragment not in ids_of[target]:
            report["brokenLinks"].append(f"{page}: {href} (no element #{fragment})")
    if pages_only:
        return report

    index = "file://" + urllib.parse.quote(os.path.join(site, "index.html"))
    # Search as a reader types it: lower case, no diacritics.
    browser.navigate(index)
    browser.evaluate("document.getElementById('search').focus()")
    browser.call("Input.insertText", {"text": "28-nq/tw"})
    # The page loads the search index when the box is first focused: wait for the answer.
    browser.wait_until("document.getElementById('search-results').getAttribute('data-query') === '28-nq/tw'")
    found = browser.evaluate("Array.from(document.querySelectorAll('#search-results a')).map(a => [a.textContent, a.href])")
    report["search"] = {"typed": "28-nq/tw", "results": [f[0] for f in found[:5]],
                        "firstHref": found[0][1] if found else ""}
    if shots:
        os.makedirs(shots, exist_ok=True)
        keep_screenshot(browser, report, os.path.join(shots, "site-index.png"))
    for error in errors_in(browser.drain()):
        report["consoleErrors"].append(f"index.html (search): {error}")

    # Click a node of the 28-NQ/TW diagram (or the first page that has one) and see where it goes.
    candidates = sorted(p for p in pages if p.startswith("d/28-nq-tw")) + [p for p in pages if p.startswith("d/")]
    for page in candidates:
        browser.navigate("file://" + urllib.parse.quote(os.path.join(site, page)))
        target = browser.evaluate(r"""
          (() => {
            const here = location.href.split('#')[0];
            for (const a of document.querySelectorAll('svg a')) {
              const href = a.getAttribute('href') || a.getAttribute('xlink:href') || '';
              const url = new URL(href, document.baseURI).href;
              if (!href || url === here) continue;
              const shape = a.querySelector('polygon, path, ellipse, text') || a;
              shape.scrollIntoView({block: 'center'});
              const r = shape.getBoundingClientRect();
              if (r.width < 2 || r.height < 2) continue;
              return {url, x: r.left + r.width / 2, y: r.top + r.height / 2, text: a.textContent.trim()};
            }
            return null;
          })()""")
        if not target:
            continue
        if shots:
            shot = os.path.join(shots, "site-document.png")
            browser.evaluate("window.scrollTo(0, 0)")
            keep_screenshot(browser, report, shot)
            browser.evaluate("document.querySelector('figure.diagram').scrollIntoView({block: 'start'})")
            keep_screenshot(browser, report, os.path.join(shots, "site-diagram.png"))
            target = browser.evaluate(r"""
              (() => {
                const a = Array.from(document.querySelectorAll('svg a')).find(a => new URL(a.getAttribute('href') || a.getAttribute('xlink:href'), document.baseURI).href === %s);
                const shape = a.querySelector('polygon, path, ellipse, text') || a;
                shape.scrollIntoView({block: 'center'});
                const r = shape.getBoundingClientRect();
                return {url: %s, x: r.left + r.width / 2, y: r.top + r.height / 2, text: a.textContent.trim()};
              })()""" % (json.dumps(target["url"]), json.dumps(target["url"])))
        browser.events = [e for e in browser.events if e.get("method") != "Page.loadEventFired"]
        browser.click(target["x"], target["y"])
        try:
            browser.wait_for("Page.loadEventFired", timeout=30)
            landed = browser.evaluate("location.href")
        except TimeoutError:
            landed = ""
        report["click"] = {"page": page, "node": target["text"], "expected": target["url"], "landed": landed}
        break

    if shots:
        for name, page in (("site-findings.png", "findings.html"), ("site-obligations.png", "obligations.html")):
            browser.navigate("file://" + urllib.parse.quote(os.path.join(site, page)))
            keep_screenshot(browser, report, os.path.join(shots, name))
        # The index as a phone shows it.
        browser.call("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        browser.navigate(index)
        keep_screenshot(browser, report, os.path.join(shots, "site-index-phone.png"))
    return report


def load_time(browser, site, runs=5):
    """Milliseconds from navigation start to the load event of index.html, each run; and, the
    search index being loaded on first use, from typing in the search box to the first answer."""
    url = "file://" + urllib.parse.quote(os.path.join(os.path.abspath(site), "index.html"))
    times = []
    searches = []
    for _ in range(runs):
        browser.navigate("about:blank")
        browser.navigate(url)
        times.append(browser.evaluate(
            "(() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; })()"))
    rows = browser.evaluate("document.querySelectorAll('tbody tr').length")
    for _ in range(runs):
        browser.navigate("about:blank")
        browser.navigate(url)
        searches.append(browser.evaluate(r"""
          new Promise(resolve => {
            const input = document.getElementById('search'), results = document.getElementById('search-results');
            const typed = performance.now();
            new MutationObserver((_, seen) => {
              if (results.getAttribute('data-query') !== 'nq/tw') return;
              seen.disconnect();
              resolve(performance.now() - typed);
            }).observe(results, {attributes: true});
            input.focus();
            input.value = 'nq/tw';
            input.dispatchEvent(new Event('input'));
          })"""))
    # The same measure on a page of one paragraph: what the machine's load alone costs.
    with tempfile.TemporaryDirectory(prefix="docgraph-blank-") as folder:
        blank = os.path.join(folder, "blank.html")
        with open(blank, "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>blank</title></head><body><p>blank</p></body></html>')
        blanks = []
        for _ in range(runs):
            browser.navigate("about:blank")
            browser.navigate("file://" + urllib.parse.quote(blank))
            blanks.append(browser.evaluate(
                "(() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; })()"))
    return {"loadMs": times, "searchMs": searches, "blankMs": blanks, "rows": rows, "errors": errors_in(browser.drain())}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--screenshots")
    parser.add_argument("--load-time", action="store_true")
    parser.add_argument("--pages-only", action="store_true", help="only the per-page checks (no search, no click)")
    args = parser.parse_args()
    started = time.monotonic()
    browser = Browser(args.chromium)
    try:
        report = (load_time(browser, args.site) if args.load_time
                  else check(browser, args.site, args.screenshots, pages_only=args.pages_only))
    finally:
        browser.close()
    report["seconds"] = round(time.monotonic() - started, 2)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
