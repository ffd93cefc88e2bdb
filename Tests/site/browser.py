"""The checks that need a real browser: headless Chromium driven by Selenium (chromedriver),
the site served on 127.0.0.1 by server.SiteServer. Called by sitecheck.py.

Checks (the name in brackets is the check a failure counts against):
  [browser]  the language switch lands on the same page in the other language; the issue
             timeline shows its entries in order (dates and on screen); Thai text is drawn
             with a Thai font (CDP CSS.getPlatformFontsForNode: the font really used);
             nothing overflows horizontally at 360 px; every resource of the site loads;
             no JavaScript error in the console; a full-page screenshot of every page at
             each width
  [a11y]     axe-core: no serious or critical violation; keyboard: the first Tab reaches a
             visible skip link to the main content, which moves the focus there, and every
             element reached with Tab shows a focus indicator; landmarks (one main, a
             banner, a contentinfo); tables have header cells; charts and images have a
             text alternative (a chart hidden from screen readers must have its value
             written beside it)
  [offline]  no request to any host but the local server (performance log: every request
             the page made); other hosts do not even resolve in this browser
  [nojs]     with JavaScript disabled (Chrome content setting) the main content is all
             there: every line of the main text shown with JavaScript is shown without it
"""

import base64
import json
import os
import re
import shutil
import subprocess
import time
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from server import SiteServer

VIEWPORTS = [("phone", 360, 800, True), ("desktop", 1280, 900, False)]
TABS = 15  # elements reached with Tab (after the first) whose focus indicator is checked
KNOWN_THAI_FONTS = {"Loma", "Garuda", "Kinnari", "Norasi", "Purisa", "Sawasdee", "Umpush", "Waree",
                    "Laksaman", "Tlwg Typo", "Tlwg Typist", "Tlwg Typewriter", "Tlwg Mono",
                    "Sarabun", "Noto Sans Thai", "Noto Sans Thai UI", "Noto Serif Thai",
                    "Noto Sans Thai Looped", "Thonburi", "Leelawadee UI", "Tahoma", "Sukhumvit Set"}


def _swap_lang(path):
    m = re.match(r"^/(th|en)(/.*)$", path)
    if not m:
        return None
    return "/" + ("en" if m.group(1) == "th" else "th") + m.group(2)


def thai_fonts():
    """Font families that cover Thai on this machine (fontconfig), plus well-known ones."""
    fams = set(KNOWN_THAI_FONTS)
    try:
        out = subprocess.run(["fc-list", ":lang=th", "family"], capture_output=True, text=True,
                             timeout=60, env={k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"})
        for line in out.stdout.splitlines():
            for fam in line.split(","):
                if fam.strip():
                    fams.add(fam.strip())
    except Exception:
        pass
    return fams


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(name)
        if p:
            return p
    return None


def make_driver(js=True, fontconfig=None):
    chromium = find_chromium()
    chromedriver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not chromium or not os.path.exists(chromedriver):
        raise RuntimeError("chromium and chromedriver are needed (Debian: chromium chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              "--window-size=1280,900", "--hide-scrollbars", "--force-device-scale-factor=1",
              "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--disable-extensions",
              "--disable-default-apps", "--mute-audio",
              "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
              # no other host resolves: a dependency on one fails here as it would offline,
              # and nothing waits on a DNS timeout; the request is still logged and reported
              "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    opts.page_load_strategy = "normal"
    if not js:
        opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    env = dict(os.environ)
    env["SE_OFFLINE"] = "true"  # Selenium Manager must not fetch anything
    if fontconfig:
        env["FONTCONFIG_FILE"] = fontconfig
    service = Service(executable_path=chromedriver, env=env)
    driver = webdriver.Chrome(options=opts, service=service)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


# --------------------------------------------------------------------------- in-page scripts

FOCUSABLE = ('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), '
             'select:not([disabled]), textarea:not([disabled]), summary, '
             '[tabindex]:not([tabindex="-1"])')

STYLE_OF = """
function __scStyle(e) {
  var s = getComputedStyle(e);
  return [s.outlineStyle === 'none' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
          s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine, s.borderColor, s.borderWidth];
}
function __scDescribe(e) {
  if (!e || e === document.body) return null;
  var r = e.getBoundingClientRect();
  var t = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return {tag: e.tagName.toLowerCase(), href: e.getAttribute('href'), text: t,
          cls: e.className || '', index: (window.__scEls || []).indexOf(e),
          left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height,
          vw: document.documentElement.clientWidth, vh: window.innerHeight,
          style: __scStyle(e), focusVisible: e.matches(':focus-visible')};
}
"""

SNAPSHOT_JS = STYLE_OF + """
if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
window.__scEls = Array.from(document.querySelectorAll(arguments[0]));
var vw = document.documentElement.clientWidth;
return window.__scEls.map(function (e) {
  var r = e.getBoundingClientRect();
  return {style: __scStyle(e), onscreen: r.width > 0 && r.height > 0 && r.right > 0 && r.left < vw};
});
"""

ACTIVE_JS = STYLE_OF + "return __scDescribe(document.activeElement);"

SKIP_TARGET_JS = """
var a = document.activeElement, href = a && a.getAttribute('href');
if (!href || href.charAt(0) !== '#' || href.length < 2) return {ok: false, why: 'not an in-page link'};
var target = document.getElementById(decodeURIComponent(href.slice(1)));
if (!target) return {ok: false, why: 'its target ' + href + ' does not exist'};
var main = document.querySelector('main, [role=main]');
if (!main) return {ok: false, why: 'the page has no main element'};
var ok = target === main || target.contains(main) || main.contains(target);
return {ok: ok, why: ok ? '' : 'its target ' + href + ' is not the main content', id: target.id};
"""

AFTER_SKIP_JS = """
var a = document.activeElement, main = document.querySelector('main, [role=main]');
if (!main || !a || a === document.body) return false;
return main.contains(a) || !!(main.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
"""

OVERFLOW_JS = """
var de = document.documentElement, vw = de.clientWidth;
var width = Math.max(de.scrollWidth, document.body ? document.body.scrollWidth : 0);
if (width <= vw + 1) return null;
var out = [];
function clipped(e) {  // inside an element that scrolls or clips on its own: not a page overflow
  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
    var o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
  }
  return false;
}
function name(e) {
  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
}
document.querySelectorAll('body *').forEach(function (e) {
  if (clipped(e)) return;
  var r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > vw + 1) {
    out.push(name(e) + ' (right edge at ' + Math.round(r.right) + ' px)');
    return;
  }
  // content wider than its own box (a line that cannot wrap)
  var ox = getComputedStyle(e).overflowX;
  if (ox === 'visible' && e.scrollWidth > e.clientWidth + 1 && r.left + e.scrollWidth > vw + 1) {
    var text = (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
    out.push(name(e) + ' (content ' + e.scrollWidth + ' px wide' + (text ? ': "' + text + '…"' : '') + ')');
  }
});
return {width: width, viewport: vw, elements: out.slice(0, 4)};
"""

FORMS_JS = """
return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button')).filter(function (e) {
  var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0;
}).map(function (e) {
  var r = e.getBoundingClientRect();
  return {what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[type=' + e.type + ']' : ''),
          size: parseFloat(getComputedStyle(e).fontSize), width: r.width, height: r.height};
});
"""

LANDMARKS_JS = """
function top(sel) {  // header/footer are banner/contentinfo only outside sectioning content
  return Array.from(document.querySelectorAll(sel)).filter(function (e) {
    return !e.parentElement.closest('article, aside, main, nav, section');
  }).length;
}
return {main: document.querySelectorAll('main, [role=main]').length,
        banner: top('header') + document.querySelectorAll('[role=banner]').length,
        contentinfo: top('footer') + document.querySelectorAll('[role=contentinfo]').length,
        nav: document.querySelectorAll('nav, [role=navigation]').length};
"""

TABLES_JS = """
return Array.from(document.querySelectorAll('table')).map(function (t, i) {
  var ths = t.querySelectorAll('th');
  var empty = Array.from(ths).filter(function (th) { return !th.textContent.trim() && !th.getAttribute('aria-label'); }).length;
  var first = (t.querySelector('td, th') || {textContent: ''}).textContent.trim().slice(0, 30);
  return {index: i + 1, th: ths.length, empty: empty, first: first};
});
"""

CHARTS_JS = """
var sel = '.bar, .chart, .meter, svg, canvas, img, meter, progress, [role=img], [role=progressbar], [role=meter]';
function digits(s) { return s.replace(/[\\u0E50-\\u0E59]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0x0E50 + 48); }); }
function name(e) {
  if (e.getAttribute('aria-label') && e.getAttribute('aria-label').trim()) return e.getAttribute('aria-label').trim();
  var lb = e.getAttribute('aria-labelledby');
  if (lb) { var t = lb.split(/\\s+/).map(function (id) { var x = document.getElementById(id); return x ? x.textContent : ''; }).join(' ').trim(); if (t) return t; }
  if (e.tagName === 'IMG' || e.tagName === 'INPUT') return e.hasAttribute('alt') ? (e.getAttribute('alt') || '(decorative)') : '';
  if (e.getAttribute('title') && e.getAttribute('title').trim()) return e.getAttribute('title').trim();
  var t = e.querySelector(':scope > title'); if (t && t.textContent.trim()) return t.textContent.trim();
  if ((e.tagName === 'METER' || e.tagName === 'PROGRESS') && e.labels && e.labels.length) return e.labels[0].textContent.trim();
  return '';
}
var all = Array.from(document.querySelectorAll(sel));
var out = [];
all.forEach(function (e) {
  if (all.some(function (o) { return o !== e && o.contains(e); })) return;  // part of a chart
  var label = e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  var hidden = e.getAttribute('aria-hidden') === 'true' || ['presentation', 'none'].indexOf(e.getAttribute('role')) >= 0;
  var n = name(e);
  var value = null, inner = e.querySelector('[style*=width]');
  if (inner) { var m = /width:\\s*([\\d.]+)%/.exec(inner.getAttribute('style')); if (m) value = m[1]; }
  if (e.tagName === 'IMG') { out.push({what: label, ok: e.hasAttribute('alt'), why: 'has no alt attribute', src: e.getAttribute('src')}); return; }
  if (!hidden) { out.push({what: label, ok: !!n, why: 'has no text alternative (aria-label, title, or hide it and write the value beside it)'}); return; }
  // hidden from assistive technology: the same information must be in the text around it
  var text = digits((e.parentElement ? e.parentElement.textContent : '').replace(e.textContent, '')).replace(/\\s+/g, ' ').trim();
  if (!text) { out.push({what: label, ok: false, why: 'is hidden from screen readers and has no text beside it'}); return; }
  if (value !== null && text.indexOf(value) < 0) { out.push({what: label, ok: false, why: 'shows ' + value + '% but the text beside it (' + text.slice(0, 40) + ') does not say it'}); return; }
  out.push({what: label, ok: true});
});
return out;
"""

TIMELINE_JS = """
var items = Array.from(document.querySelectorAll('.timeline > li, ol.timeline li'));
return items.map(function (li) {
  var t = li.querySelector('time[datetime]'); var r = li.getBoundingClientRect();
  return {datetime: t ? t.getAttribute('datetime') : null, top: r.top + window.scrollY, height: r.height,
          text: li.textContent.trim().replace(/\\s+/g, ' ').slice(0, 50)};
});
"""

MARK_THAI_JS = """
// the first element, in the order of the selectors given, whose own text is Thai
function count(s) { return (s.match(/[\\u0E01-\\u0E5B]/g) || []).length; }
var sels = arguments[0];
for (var i = 0; i < sels.length; i++) {
  var cands = document.querySelectorAll(sels[i]);
  for (var j = 0; j < cands.length; j++) {
    var e = cands[j], r = e.getBoundingClientRect();
    var own = Array.from(e.childNodes).filter(function (n) { return n.nodeType === 3; })
      .map(function (n) { return n.textContent; }).join('');
    if (count(own) >= 2 && r.width > 0 && r.right > 0) {
      e.setAttribute('data-sc-thai', '1');
      return e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40);
    }
  }
}
return null;
"""

MAIN_TEXT_JS = """
var m = document.querySelector('main, [role=main]');
return m ? m.innerText : null;
"""


# --------------------------------------------------------------------------- network log

def drain(driver):
    try:
        driver.get_log("performance")
        driver.get_log("browser")
    except WebDriverException:
        pass


def network(driver):
    """The requests the page made since the last drain: url, type, status, error, bytes."""
    reqs = {}
    for entry in driver.get_log("performance"):
        try:
            msg = json.loads(entry["message"])["message"]
        except (ValueError, KeyError):
            continue
        method, p = msg.get("method"), msg.get("params", {})
        rid = p.get("requestId")
        if method == "Network.requestWillBeSent":
            r = reqs.setdefault(rid, {"bytes": 0})
            r.update(url=p["request"]["url"], type=p.get("type", ""))
        elif method == "Network.responseReceived":
            r = reqs.setdefault(rid, {"bytes": 0})
            r["status"] = p["response"].get("status")
            r.setdefault("url", p["response"].get("url"))
            r["type"] = p.get("type", r.get("type", ""))
        elif method == "Network.dataReceived":
            reqs.setdefault(rid, {"bytes": 0})["bytes"] += p.get("dataLength", 0)
        elif method == "Network.loadingFailed":
            r = reqs.setdefault(rid, {"bytes": 0})
            r["error"] = p.get("errorText") or p.get("blockedReason") or "failed"
            r["type"] = p.get("type", r.get("type", ""))
    return [r for r in reqs.values() if r.get("url")]


# --------------------------------------------------------------------------- the run

class Run:
    def __init__(self, site, results, checks, screenshots, srv):
        self.site = site
        self.results = results
        self.checks = checks
        self.screenshots = screenshots
        self.srv = srv
        self.thai_fonts = thai_fonts()
        self.main_text = {}
        self.n_requests = 0
        self.n_loads = 0
        self.axe_minor = 0
        self.axe_runs = 0
        self.axe_serious = 0
        self.fonts_seen = {}
        self.meeting_bytes = None
        self.shots = 0
        self.tab_stops = 0
        self.axe_version = "?"

    def fail(self, check, page, message):
        if check in self.checks:
            self.results.fail(check, page, message)

    def load(self, driver, path, vp=None):
        drain(driver)
        if vp is not None:
            _, w, h, mobile = vp
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile})
        driver.get(self.srv.origin + path)
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
        self.n_loads += 1

    # ---- network and console

    def check_network(self, driver, path, vpname, kind):
        reqs = network(driver)
        self.n_requests += len(reqs)
        doc_bytes = 0
        for r in reqs:
            url = r["url"]
            parts = urllib.parse.urlsplit(url)
            if parts.scheme in ("data", "blob", "about", "chrome", "devtools"):
                continue
            if parts.netloc != self.srv.host:
                self.fail("offline", path, f"request to another host at {vpname} width: {url} ({r.get('type') or '?'})")
                continue
            if parts.path == "/favicon.ico":
                continue
            status = r.get("status")
            if r.get("error") or (status is not None and status >= 400):
                self.fail("browser", path, f"{parts.path} did not load: {r.get('error') or status}")
            if r.get("type") in ("Document", "Stylesheet", "Script"):
                doc_bytes += r["bytes"]
        if kind == "meeting" and vpname == "desktop":
            self.meeting_bytes = max(self.meeting_bytes or 0, doc_bytes)
            # the limit is on what the theme adds, as in sitecheck.check_weight: less the content
            from sitecheck import MEETING_LIMIT, content_bytes, path_to_file
            page_file = path_to_file(self.site, path)
            content = 0
            if page_file:
                with open(page_file, "rb") as f:
                    content = content_bytes(f.read())
            if doc_bytes - content > MEETING_LIMIT:
                self.fail("browser", path, f"the browser loaded {doc_bytes:,} bytes of HTML, CSS and JS for this "
                          f"meeting page, {doc_bytes - content:,} without its {content:,} bytes of content "
                          f"(limit {MEETING_LIMIT:,} for the theme)")
        try:
            for e in driver.get_log("browser"):
                if e.get("level") == "SEVERE" and "favicon.ico" not in e.get("message", ""):
                    self.fail("browser", path, f"console error at {vpname} width: {e['message'][:200]}")
        except WebDriverException:
            pass

    # ---- layout and screenshot

    def check_overflow(self, driver, path, vpname):
        o = driver.execute_script(OVERFLOW_JS)
        if o:
            self.fail("browser", path, f"overflows horizontally at {vpname} width: the page is {o['width']} px "
                      f"wide in a {o['viewport']} px viewport; " + (", ".join(o["elements"]) or "(no element found)"))

    def check_forms(self, driver, path, vpname):
        """Form controls on a phone: text of 16 px at least (smaller is hard to read, and phones
        zoom the page when such a field is focused) and a target of 24×24 px at least."""
        for c in driver.execute_script(FORMS_JS):
            if c["size"] < 16:
                self.fail("browser", path, f"form control {c['what']} has {c['size']:.1f} px text at {vpname} "
                          f"width: under 16 px it is hard to read and phones zoom the page when it is focused")
            if c["width"] < 24 or c["height"] < 24:
                self.fail("browser", path, f"form control {c['what']} is {c['width']:.0f}×{c['height']:.0f} px at "
                          f"{vpname} width, smaller than 24×24 px to tap")

    def screenshot(self, driver, path, vpname, w, h):
        if not self.screenshots:
            return
        os.makedirs(self.screenshots, exist_ok=True)
        name = path.strip("/").replace("/", "_") or "root"
        data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        with open(os.path.join(self.screenshots, f"{name}@{vpname}-{w}x{h}.png"), "wb") as f:
            f.write(base64.b64decode(data["data"]))
        self.shots += 1

    # ---- keyboard: skip link and focus indicators

    def check_keyboard(self, driver, path, vpname):
        """Tab from the top of the page: the first stop is a visible skip link; every stop
        shows a focus indicator. Then, on the page loaded again, Tab and Enter on the skip
        link: the next Tab must land in the main content."""
        before = driver.execute_script(SNAPSHOT_JS, FOCUSABLE)
        if not before:
            self.fail("a11y", path, "no element can take keyboard focus")
            return

        def tab():
            ActionChains(driver).send_keys(Keys.TAB).perform()
            return driver.execute_script(ACTIVE_JS)

        def indicator(el):
            i = el["index"]
            if i < 0 or i >= len(before):
                return True
            # a visible change of outline, shadow, colours, underline or border, or an
            # element (a skip link) that appears only when focused
            onscreen = el["width"] > 0 and el["height"] > 0 and el["right"] > 0 and el["left"] < el["vw"]
            return el["style"] != before[i]["style"] or (onscreen and not before[i]["onscreen"])

        first = tab()
        if not first:
            self.fail("a11y", path, f"Tab does not move the focus into the page ({vpname} width)")
            return
        no_indicator = [] if indicator(first) else [first]
        skip = driver.execute_script(SKIP_TARGET_JS)
        if not skip["ok"]:
            self.fail("a11y", path, f"no skip link at {vpname} width: the first element reached with Tab is "
                      f"<{first['tag']} href={first['href']!r}> '{first['text']}', {skip['why']}")
        else:
            inside = (first["width"] > 0 and first["height"] > 0 and first["left"] >= -1 and first["top"] >= -1
                      and first["right"] <= first["vw"] + 1 and first["bottom"] <= first["vh"] + 1)
            if not inside:
                self.fail("a11y", path, f"the skip link is not visible when focused at {vpname} width "
                          f"(at {first['left']:.0f},{first['top']:.0f}, {first['width']:.0f}×{first['height']:.0f})")
        seen = 1
        for _ in range(TABS):
            el = tab()
            if not el:
                break
            seen += 1
            if not indicator(el):
                no_indicator.append(el)
        self.tab_stops += seen
        if no_indicator:
            names = "; ".join(f"<{e['tag']} class={e['cls']!r}> '{e['text']}'" for e in no_indicator[:3])
            self.fail("a11y", path, f"keyboard focus is not visible at {vpname} width on {len(no_indicator)} "
                      f"element(s): {names}")
        if skip["ok"]:
            driver.refresh()
            WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
            drain(driver)
            tab()
            ActionChains(driver).send_keys(Keys.ENTER).perform()
            el = tab()
            if not driver.execute_script(AFTER_SKIP_JS):
                el = el or {"tag": "body", "text": ""}
                self.fail("a11y", path, f"after the skip link, Tab goes to <{el['tag']}> '{el['text']}', "
                          f"not into the main content ({vpname} width)")

    # ---- axe-core

    def check_axe(self, driver, path, vpname):
        from axe_selenium_python import Axe
        axe = Axe(driver)
        axe.inject()
        res = axe.run()
        self.axe_runs += 1
        self.axe_version = (res.get("testEngine") or {}).get("version", "?")
        for v in res.get("violations", []):
            targets = [", ".join(n.get("target", [])) for n in v.get("nodes", [])][:3]
            if v.get("impact") in ("serious", "critical"):
                self.axe_serious += 1
                self.fail("a11y", path, f"axe {v['id']} ({v['impact']}) at {vpname} width: {v.get('help')} — "
                          f"{len(v.get('nodes', []))} element(s): {' | '.join(targets)}")
            else:
                self.axe_minor += 1
                self.results.info.setdefault("axe_minor", []).append(
                    f"{path} {vpname}: {v['id']} ({v.get('impact')}): {' | '.join(targets)}")

    # ---- structure

    def check_structure(self, driver, path):
        lm = driver.execute_script(LANDMARKS_JS)
        if lm["main"] != 1:
            self.fail("a11y", path, f"landmarks: {lm['main']} main elements (one expected)")
        if lm["banner"] < 1:
            self.fail("a11y", path, "landmarks: no banner (a <header> outside sectioning content)")
        if lm["contentinfo"] < 1:
            self.fail("a11y", path, "landmarks: no contentinfo (a <footer> outside sectioning content)")
        for t in driver.execute_script(TABLES_JS):
            if t["th"] == 0:
                self.fail("a11y", path, f"table {t['index']} (first cell '{t['first']}') has no header cell <th>")
            elif t["empty"]:
                self.fail("a11y", path, f"table {t['index']} has {t['empty']} empty header cell(s)")
        for c in driver.execute_script(CHARTS_JS):
            if not c["ok"]:
                what = c["what"] + (f" src={c['src']!r}" if c.get("src") else "")
                self.fail("a11y", path, f"{what} {c['why']}")

    def check_thai_font(self, driver, path, lang):
        if lang == "th":
            sels = ["main h1", "main *", "body *"]
        else:  # Thai on an English page: the language links, untranslated text
            sels = ["main [lang=th], main [lang=th] *", "[lang=th], [lang=th] *"]
        text = driver.execute_script(MARK_THAI_JS, sels)
        if not text:
            if lang == "th":
                self.fail("browser", path, "no Thai text found on a Thai page")
            return
        driver.execute_cdp_cmd("DOM.enable", {})
        driver.execute_cdp_cmd("CSS.enable", {})
        root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": "[data-sc-thai]"})["nodeId"]
        fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node}).get("fonts", [])
        driver.execute_script("var e = document.querySelector('[data-sc-thai]'); if (e) e.removeAttribute('data-sc-thai');")
        if not fonts:
            self.fail("browser", path, f"the browser reports no font for the Thai text '{text}'")
            return
        fonts.sort(key=lambda f: -f.get("glyphCount", 0))
        main = fonts[0]["familyName"]
        desc = ", ".join(f"{f['familyName']} ({f.get('glyphCount')} glyphs)" for f in fonts)
        if main not in self.thai_fonts:
            self.fail("browser", path, f"Thai text '{text}' is drawn with {desc}: not a Thai font")
        else:
            self.fonts_seen[main] = self.fonts_seen.get(main, 0) + 1

    def check_timeline(self, driver, path):
        items = driver.execute_script(TIMELINE_JS)
        if not items:
            self.fail("browser", path, "the issue page shows no timeline entries")
            return
        for i, it in enumerate(items):
            if not it["datetime"]:
                self.fail("browser", path, f"timeline entry {i + 1} '{it['text']}' has no <time datetime>")
            if it["height"] <= 0:
                self.fail("browser", path, f"timeline entry {i + 1} '{it['text']}' is not displayed")
        for i in range(1, len(items)):
            a, b = items[i - 1], items[i]
            if a["datetime"] and b["datetime"] and b["datetime"] < a["datetime"]:
                self.fail("browser", path, f"timeline out of order: entry {i + 1} ({b['datetime']}) comes after "
                          f"entry {i} ({a['datetime']})")
            if b["top"] <= a["top"]:
                self.fail("browser", path, f"timeline entry {i + 1} is not shown below entry {i}")
        self.results.info.setdefault("timelines", {})[path] = len(items)

    def check_switch(self, driver, path, lang):
        expected = _swap_lang(path)
        other = "en" if lang == "th" else "th"
        links = driver.find_elements(By.CSS_SELECTOR, "a.lang-switch")
        if not links:
            links = driver.find_elements(By.CSS_SELECTOR, f"header a[hreflang={other}]")
        if not links:
            self.fail("browser", path, "no language switch (a.lang-switch or a link with hreflang in the header)")
            return
        before = driver.current_url
        links[0].click()
        try:
            WebDriverWait(driver, 15).until(
                lambda d: d.current_url != before and d.execute_script("return document.readyState") == "complete")
        except TimeoutException:
            self.fail("browser", path, "clicking the language switch does not open another page")
            return
        got = urllib.parse.urlsplit(driver.current_url).path
        got_lang = driver.execute_script("return document.documentElement.lang")
        if got != expected:
            self.fail("browser", path, f"the language switch leads to {got}, not to the same page in the other "
                      f"language ({expected})")
        elif got_lang != other:
            self.fail("browser", path, f"the language switch leads to {got}, whose lang is {got_lang!r}")

    # ---- one page

    def page(self, driver, kind, path):
        lang = path.split("/")[1]
        for vp in VIEWPORTS:
            vpname, w, h, _ = vp
            self.load(driver, path, vp)
            self.check_network(driver, path, vpname, kind)
            self.check_overflow(driver, path, vpname)
            if vpname == "phone" and "browser" in self.checks:
                self.check_forms(driver, path, vpname)
            self.screenshot(driver, path, vpname, w, h)
            if "a11y" in self.checks:
                self.check_keyboard(driver, path, vpname)
                self.check_axe(driver, path, vpname)
        # the desktop page is loaded
        if "a11y" in self.checks:
            self.check_structure(driver, path)
        self.main_text[path] = driver.execute_script(MAIN_TEXT_JS)
        if "browser" in self.checks:
            self.check_thai_font(driver, path, lang)
            if kind == "issue":
                self.check_timeline(driver, path)
            self.check_switch(driver, path, lang)

    def nojs_page(self, driver, path):
        self.load(driver, path)
        main = driver.find_elements(By.CSS_SELECTOR, "main, [role=main]")
        if not main:
            self.fail("nojs", path, "without JavaScript the page has no main element")
            return
        h1 = driver.find_elements(By.TAG_NAME, "h1")
        if not h1 or not h1[0].text.strip():
            self.fail("nojs", path, "without JavaScript the page has no heading")
        shown = driver.execute_script(MAIN_TEXT_JS) or ""
        with_js = self.main_text.get(path)
        if with_js is None:
            return
        def lines(text):
            return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        lines_off = set(lines(shown))
        missing = [line for line in lines(with_js) if line not in lines_off]
        if missing:
            self.fail("nojs", path, f"without JavaScript {len(missing)} line(s) of the main content are missing, "
                      f"first: '{missing[0][:60]}'")


def run(site, chosen, checks, results, screenshots=None, fontconfig=None):
    """chosen: [(kind, Thai path)]. Each page and its English counterpart are checked."""
    t = time.time()
    pages = []
    for kind, path in chosen:
        pages.append((kind, path))
        en = _swap_lang(path)
        if en and en != path:
            pages.append((kind, en))
    with SiteServer(site) as srv:
        run = Run(site, results, checks, screenshots, srv)
        if any(c in checks for c in ("browser", "a11y", "offline", "nojs")):
            driver = None
            try:
                driver = make_driver(js=True, fontconfig=fontconfig)
                for kind, path in pages:
                    if not os.path.exists(os.path.join(site, path.lstrip("/"), "index.html")):
                        run.fail("browser", path, "page does not exist")
                        continue
                    try:
                        run.page(driver, kind, path)
                    except WebDriverException as e:
                        run.fail("browser", path, f"browser error: {(e.msg or str(e)).splitlines()[0][:300]}")
            except Exception as e:  # no browser at all
                for c in ("browser", "a11y", "offline"):
                    run.fail(c, "/", f"could not run the browser: {e}")
            finally:
                if driver:
                    driver.quit()
        if "nojs" in checks:
            driver = None
            try:
                driver = make_driver(js=False, fontconfig=fontconfig)
                # prove that JavaScript is really off in this browser
                driver.get("data:text/html,<p id=x>off</p><script>document.getElementById('x').textContent='on'</script>")
                if driver.find_element(By.ID, "x").text != "off":
                    run.fail("nojs", "/", "JavaScript could not be disabled in the browser")
                for kind, path in pages:
                    if not os.path.exists(os.path.join(site, path.lstrip("/"), "index.html")):
                        continue
                    try:
                        run.nojs_page(driver, path)
                    except WebDriverException as e:
                        run.fail("nojs", path, f"browser error: {(e.msg or str(e)).splitlines()[0][:300]}")
            except Exception as e:
                run.fail("nojs", "/", f"could not run the browser: {e}")
            finally:
                if driver:
                    driver.quit()
    n = len(pages)
    secs = time.time() - t
    results.info["browser_pages"] = n
    results.info["axe_serious"] = run.axe_serious
    if "browser" in checks:
        fonts = ", ".join(f"{k} ({v} pages)" for k, v in sorted(run.fonts_seen.items())) or "none"
        results.stat("browser", f"{n} pages × {len(VIEWPORTS)} widths (360×800 phone, 1280×900 desktop), "
                                f"{run.n_loads} page loads, {run.shots} screenshots ({secs:.0f} s)")
        results.stat("browser", f"Thai text drawn with: {fonts}")
        tl = results.info.get("timelines", {})
        if tl:
            results.stat("browser", "timelines: " + ", ".join(f"{p} {k} entries" for p, k in tl.items()))
        if run.meeting_bytes is not None:
            results.info["browser_meeting_bytes"] = run.meeting_bytes
            results.stat("browser", f"meeting page as loaded by the browser: {run.meeting_bytes / 1000:.1f} KB "
                                    f"of HTML + CSS + JS")
        if screenshots:
            results.stat("browser", f"screenshots in {screenshots}")
    if "a11y" in checks:
        results.stat("a11y", f"keyboard: {run.tab_stops} Tab stops checked for a focus indicator; skip link, "
                             f"landmarks, tables and charts on {n} pages")
        results.stat("a11y", f"axe-core {run.axe_version} on {run.axe_runs} page views: {run.axe_serious} serious/critical, "
                             f"{run.axe_minor} moderate/minor violations (not failures; listed in the JSON)")
    if "offline" in checks:
        results.stat("offline", f"{run.n_requests} requests from {n} pages")
    if "nojs" in checks:
        results.stat("nojs", f"{n} pages compared with and without JavaScript")
