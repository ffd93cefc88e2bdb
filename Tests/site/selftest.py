#!/usr/bin/env python3
"""Self-test of the site checker: proves that each check passes a good site and fails a
deliberately broken one, for the reason it was broken.

  1. fixtures/good (10 small bilingual pages and a style sheet), with long minutes added to its
     meeting page (the page is then over the weight limit, the theme around them is not):
     every check passes.
  2. fixtures/good with fixtures/broken laid over it (a missing alt, an invalid element, a
     broken link and anchor, a wrong hreflang and language switch, a meeting page whose theme
     is too heavy and whose JSON-LD has a status schema.org does not have,
     a timeline out of order, a line wider than a phone, a search field with small text, a
     web font from another host, no
     focus indicator, no skip link, no footer, a table without headers, a chart without a
     text alternative, content written by JavaScript): every check fails, with the expected
     message on the expected page, and no failure on a page that was not broken.
  3. fixtures/good in a browser whose fontconfig has no Thai font: the Thai font check fails.

Run by scripts/site-check (and `scripts/site-check --selftest`), with the venv's python.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "fixtures", "good")
BROKEN = os.path.join(HERE, "fixtures", "broken")
CHECKS = ["html", "links", "hreflang", "weight", "formats", "browser", "a11y", "offline", "nojs"]

# (check, page, a piece of the message) that the broken fixture must produce
EXPECTED = [
    ("html", "/th/demo/meetings/1-2566/", "'img' element must have an 'alt' attribute"),
    ("html", "/th/demo/meetings/1-2566/", "Element 'div' not allowed as child of element 'ul'"),
    ("links", "/th/demo/meetings/1-2566/", "broken link '/th/demo/meetings/9-2599/'"),
    ("links", "/th/demo/meetings/1-2566/", "anchor '#agenda-9'"),
    ("hreflang", "/en/demo/meetings/1-2566/", "alternate 'https://example.org/th/demo/meetings/1-2565/' is not a page"),
    ("hreflang", "/en/demo/meetings/1-2566/", 'href="/th/demo/"> does not lead to the same page'),
    ("weight", "/th/demo/meetings/1-2566/", "the theme weighs"),
    ("weight", "/th/demo/meetings/1-2566/", "over the limit of 60,000"),
    ("formats", "/th/demo/meetings/1-2566/", "JSON-LD: eventStatus https://schema.org/EventHeld"),
    ("browser", "/en/demo/meetings/1-2566/", "the language switch leads to /th/demo/, not to the same page"),
    ("browser", "/th/demo/issues/road/", "timeline out of order"),
    ("browser", "/th/demo/issues/road/", "overflows horizontally at phone width"),
    ("browser", "/th/demo/reports/2023-05/", "form control input#q[type=search] has 12.0 px text at phone width"),
    ("offline", "/th/demo/issues/road/", "request to another host at phone width: https://fonts.googleapis.com/"),
    ("a11y", "/th/demo/meetings/1-2566/", "axe image-alt (critical)"),
    ("a11y", "/th/demo/meetings/1-2566/", "img src='/assets/photo.svg' has no alt attribute"),
    ("a11y", "/th/demo/", "no skip link"),
    ("a11y", "/th/demo/", "landmarks: no contentinfo"),
    ("a11y", "/en/demo/issues/road/", "keyboard focus is not visible"),
    ("a11y", "/th/demo/reports/2023-05/", "has no header cell <th>"),
    ("a11y", "/th/demo/reports/2023-05/", "span.bar has no text alternative"),
    ("nojs", "/th/demo/", "without JavaScript"),
]
FONT_PAGE = "/th/demo/issues/road/"
# Long but ordinary minutes, added to the good fixture's meeting page inside the theme's content
# block: the page weighs more than the limit, what the theme adds does not, and it must pass.
LONG_MINUTES_PAGE = os.path.join("th", "demo", "meetings", "1-2566", "index.html")
LONG_MINUTES = ('<section aria-labelledby="minutes">\n<h2 id="minutes">บันทึกการประชุม</h2>\n<div class="prose">\n'
                + "".join(f"<p>วาระย่อยที่ {i}: ที่ประชุมหารือเรื่องการซ่อมแซมถนนหน้าโรงเรียนและการจัดการจราจร"
                          f"ในช่วงเวลาเร่งด่วน ผู้แทนชุมชนเสนอให้ติดตั้งป้ายเตือนเพิ่ม</p>\n" for i in range(1, 401))
                + "</div>\n</section>\n")
FONT_EXPECTED = ("not a Thai font", "no font")


def add_long_minutes(site):
    """Adds LONG_MINUTES to the meeting page of a copy of the good fixture; returns its size."""
    page = os.path.join(site, LONG_MINUTES_PAGE)
    with open(page, encoding="utf-8") as f:
        html = f.read()
    assert html.count("</main>") == 1, f"{page}: no single </main> to add the minutes before"
    with open(page, "w", encoding="utf-8") as f:
        f.write(html.replace("</main>", LONG_MINUTES + "</main>"))
    return os.path.getsize(page)


def broken_pages():
    """The site paths of the pages the broken fixture replaces."""
    out = set()
    for root, _, files in os.walk(BROKEN):
        for f in files:
            if f == "index.html":
                rel = os.path.relpath(root, BROKEN).replace(os.sep, "/")
                out.add("/" if rel == "." else f"/{rel}/")
    return out


def run_check(site, tmp, name, extra=()):
    out = os.path.join(tmp, f"{name}.json")
    logf = os.path.join(tmp, f"{name}.log")
    cmd = [sys.executable, os.path.join(HERE, "sitecheck.py"), "--site", site, "--json", out, *extra]
    t = time.time()
    with open(logf, "w") as f:
        proc = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, timeout=900)
    data = json.load(open(out)) if os.path.exists(out) else None
    return proc.returncode, data, logf, time.time() - t


def no_thai_fontconfig(tmp):
    """A fontconfig file with Latin fonts only (DejaVu, Liberation), so that Chromium has no
    font for Thai."""
    dirs = [d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
                        "/usr/share/fonts/truetype/liberation2") if os.path.isdir(d)]
    if not dirs:
        os.makedirs(os.path.join(tmp, "no-fonts"), exist_ok=True)
        dirs = [os.path.join(tmp, "no-fonts")]
    path = os.path.join(tmp, "fonts-no-thai.conf")
    with open(path, "w") as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n')
        for d in dirs:
            f.write(f"  <dir>{d}</dir>\n")
        f.write(f"  <cachedir>{os.path.join(tmp, 'fc-cache')}</cachedir>\n</fontconfig>\n")
    return path


def main():
    ok = []
    bad = []

    def expect(cond, what):
        (ok if cond else bad).append(what)
        print(("  ok    " if cond else "  FAIL  ") + what, flush=True)

    with tempfile.TemporaryDirectory(prefix="sapha-selftest-") as tmp:
        os.chmod(tmp, 0o755)  # LinkChecker run as root reads as 'nobody'
        good = os.path.join(tmp, "good")
        shutil.copytree(GOOD, good)
        long_page = add_long_minutes(good)
        broken = os.path.join(tmp, "broken")
        shutil.copytree(GOOD, broken)
        shutil.copytree(BROKEN, broken, dirs_exist_ok=True)

        print("== selftest 1/3: the good fixture passes every check", flush=True)
        rc, data, logf, secs = run_check(good, tmp, "good")
        if data is None:
            expect(False, f"the checker ran on the good fixture (exit {rc}; log: {open(logf).read()[-2000:]})")
        else:
            expect(rc == 0, f"good fixture: exit status 0 (got {rc}, {secs:.0f} s)")
            expect(sorted(data["checks"]) == sorted(CHECKS), "good fixture: all checks ran")
            for f in data["failures"]:
                print(f"        unexpected: [{f['check']}] {f['page']}: {f['message']}")
            expect(not data["failures"], f"good fixture: no failure (got {len(data['failures'])})")
            heaviest = data["info"].get("heaviest_meeting", {}).get("site", {})
            expect(long_page > 60_000 and heaviest.get("bytes", 0) > 60_000
                   and heaviest.get("theme_bytes", 60_001) <= 60_000,
                   f"good fixture: a meeting page of {heaviest.get('bytes', 0):,} bytes with its long minutes "
                   f"passes the weight check (the theme around them: {heaviest.get('theme_bytes', 0):,})")

        print("== selftest 2/3: the broken fixture fails every check, for the right reason", flush=True)
        rc, data, logf, secs = run_check(broken, tmp, "broken")
        if data is None:
            expect(False, f"the checker ran on the broken fixture (exit {rc}; log: {open(logf).read()[-2000:]})")
        else:
            fails = data["failures"]
            expect(rc == 1, f"broken fixture: exit status 1 (got {rc}, {secs:.0f} s)")
            for check in CHECKS:
                n = sum(1 for f in fails if f["check"] == check)
                expect(n > 0, f"broken fixture: check '{check}' fails ({n} failures)")
            for check, page, piece in EXPECTED:
                hit = [f for f in fails if f["check"] == check and f["page"] == page and piece in f["message"]]
                expect(bool(hit), f"[{check}] {page}: {hit[0]['message'][:110] if hit else piece + ' — NOT REPORTED'}")
            allowed = broken_pages()
            stray = [f for f in fails if f["page"] not in allowed]
            for f in stray:
                print(f"        on a good page: [{f['check']}] {f['page']}: {f['message']}")
            expect(not stray, f"broken fixture: no failure on a page that was not broken (got {len(stray)})")

        print("== selftest 3/3: without a Thai font, the Thai font check fails", flush=True)
        conf = no_thai_fontconfig(tmp)
        rc, data, logf, secs = run_check(good, tmp, "nofont", ["--checks", "browser", "--pages", FONT_PAGE,
                                                              "--fontconfig", conf])
        if data is None:
            expect(False, f"the checker ran without Thai fonts (exit {rc}; log: {open(logf).read()[-2000:]})")
        else:
            hit = [f for f in data["failures"] if f["check"] == "browser" and f["page"] == FONT_PAGE
                   and any(p in f["message"] for p in FONT_EXPECTED)]
            expect(rc == 1 and bool(hit), f"[browser] {FONT_PAGE}: "
                   + (hit[0]["message"][:110] if hit else "Thai font check — NOT REPORTED"))

    print(f"selftest: {len(ok)} passed, {len(bad)} failed", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
