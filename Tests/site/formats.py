"""The site's files that are not pages, each read by a real parser (check `formats`):

  - every iCalendar file (`calendar.ics` of a district and of the city, `meeting.ics` of each
    meeting) with the `icalendar` package: every event has a UID, a start, a summary and a URL
    that is a page of the site; a meeting's file has exactly one event, and the city's
    calendar has exactly the events of the district calendars;
  - every Atom feed and the sitemap with `xml.etree` (well-formed, the right root element; every
    entry has an id, a title, an updated date and a link; every sitemap address is a page);
  - the JSON-LD in the head of every page, expanded by `pyld` (a JSON-LD 1.1 processor) with the
    schema.org vocabulary: meeting pages are an `Event` whose `eventStatus` and
    `eventAttendanceMode` are schema.org values, district pages a `GovernmentOrganization`;
  - every JSON file with `json`, and each open-data file against its JSON Schema (docs/schemas/,
    draft 2020-12, with `jsonschema`); every CSV file with `csv` (UTF-8 with a BOM, each row as
    many cells as the header, no cell that a spreadsheet would run as a formula).

`selftest()` first proves on broken copies that each reader refuses what it must.
"""

import csv
import io
import json
import os
import re
import tempfile
import xml.etree.ElementTree as ET

import icalendar
import jsonschema
from pyld import jsonld

SCHEMA = "https://schema.org/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "schemas")
CITY_PAGES = ("dashboard", "data")
LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
EVENT_STATUS = {SCHEMA + s for s in ("EventScheduled", "EventRescheduled", "EventPostponed", "EventCancelled")}
ATTENDANCE = {SCHEMA + s for s in ("OfflineEventAttendanceMode", "OnlineEventAttendanceMode",
                                   "MixedEventAttendanceMode")}


def _loader(url, options=None):
    """Offline: schema.org's context is its vocabulary; no other context may be fetched."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}
    raise ValueError(f"context {url} is not schema.org")


jsonld.set_document_loader(_loader)


def files(site, suffix):
    for root, dirs, names in os.walk(site):
        dirs.sort()
        for name in sorted(names):
            if name.endswith(suffix):
                full = os.path.join(root, name)
                yield "/" + os.path.relpath(full, site).replace(os.sep, "/"), full


def page_exists(site, url):
    """Whether an absolute address of the site (any origin and base path) is a page of it."""
    m = re.match(r"^https?://[^/]+(/.*)$", url or "")
    if not m:
        return False
    path = m.group(1)
    parts = path.split("/")
    # The base path is what comes before /th/ or /en/.
    for i, part in enumerate(parts):
        if part in ("th", "en"):
            rel = "/".join(parts[i:])
            return os.path.isfile(os.path.join(site, rel, "index.html") if rel.endswith("/") or not rel
                                  else os.path.join(site, rel))
    return False


def read_calendar(data):
    """Parses one iCalendar file; returns its events' UIDs; raises on anything wrong."""
    cal = icalendar.Calendar.from_ical(data)
    if cal.name != "VCALENDAR":
        raise ValueError(f"the root is {cal.name}, not VCALENDAR")
    uids = []
    for event in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTART", "SUMMARY", "URL"):
            if event.get(prop) is None:
                raise ValueError(f"an event has no {prop}")
        event.decoded("DTSTART")
        uids.append(str(event["UID"]))
    # Anything the parser had to skip is an error too (a property content wrote itself).
    if getattr(cal, "errors", None):
        raise ValueError(f"parse errors: {cal.errors}")
    for component in cal.walk():
        if getattr(component, "errors", None):
            raise ValueError(f"parse errors in {component.name}: {component.errors}")
    return uids, cal


def check_calendars(site, results, label):
    n = events = 0
    district_uids, city_uids = [], None
    for path, full in files(site, ".ics"):
        n += 1
        try:
            with open(full, "rb") as f:
                uids, cal = read_calendar(f.read())
        except Exception as e:  # noqa: BLE001 - any parser error is the failure
            results.fail("formats", label + path, f"iCalendar: {e}")
            continue
        events += len(uids)
        for event in cal.walk("VEVENT"):
            if not page_exists(site, str(event["URL"])):
                results.fail("formats", label + path, f"iCalendar: event URL {event['URL']} is not a page")
        if path.endswith("/meeting.ics") and len(uids) != 1:
            results.fail("formats", label + path, f"iCalendar: a meeting's file has {len(uids)} events, not 1")
        if re.match(r"^/th/[^/]+/calendar\.ics$", path):
            district_uids += uids
        elif path == "/th/calendar.ics":
            city_uids = uids
    if city_uids is not None and sorted(city_uids) != sorted(district_uids):
        results.fail("formats", label + "/th/calendar.ics",
                     f"iCalendar: the city's calendar has {len(city_uids)} events, the districts' {len(district_uids)}")
    results.stat("formats", f"{label or 'site: '}{n} iCalendar files read by icalendar {icalendar.__version__}, "
                            f"{events} events")


def check_xml(site, results, label):
    feeds = entries = locs = 0
    for path, full in files(site, ".xml"):
        try:
            root = ET.parse(full).getroot()
        except ET.ParseError as e:
            results.fail("formats", label + path, f"XML: {e}")
            continue
        if path.endswith("/feed.xml"):
            feeds += 1
            if root.tag != ATOM + "feed":
                results.fail("formats", label + path, f"Atom: the root is {root.tag}")
            for entry in root.findall(ATOM + "entry"):
                entries += 1
                for child in ("id", "title", "updated", "link"):
                    if entry.find(ATOM + child) is None:
                        results.fail("formats", label + path, f"Atom: an entry has no <{child}>")
        elif path == "/sitemap.xml":
            if root.tag != SITEMAP + "urlset":
                results.fail("formats", label + path, f"sitemap: the root is {root.tag}")
            for loc in root.iter(SITEMAP + "loc"):
                locs += 1
                if not page_exists(site, loc.text):
                    results.fail("formats", label + path, f"sitemap: {loc.text} is not a page")
    results.stat("formats", f"{label or 'site: '}{feeds} Atom feeds ({entries} entries) and the sitemap ({locs} "
                            f"addresses) parsed as XML")


def read_jsonld(text):
    """Parses and expands one JSON-LD block; returns the expanded node."""
    doc = json.loads(text)
    expanded = jsonld.expand(doc)
    if len(expanded) != 1:
        raise ValueError(f"{len(expanded)} top-level nodes, expected 1")
    return expanded[0]


def first(node, prop, key="@value"):
    values = node.get(SCHEMA + prop) or []
    if not values:
        return None
    value = values[0]
    return value.get(key, value.get("@id")) if isinstance(value, dict) else value


def check_jsonld(site, results, label, only=None):
    n = events = orgs = 0
    for path, full in files(site, "index.html"):
        page = path[: -len("index.html")]
        if only is not None and page not in only:
            continue
        with open(full, encoding="utf-8") as f:
            html = f.read()
        blocks = LD_RE.findall(html)
        # A district page is /th/<slug>/; /th/dashboard/ and /th/data/ are the city's.
        kind = ("meeting" if re.match(r"^/(th|en)/[^/]+/meetings/[^/]+/$", page)
                else "district" if re.match(r"^/(th|en)/[^/]+/$", page) and page[4:-1] not in CITY_PAGES else None)
        if kind and len(blocks) != 1:
            results.fail("formats", label + page, f"JSON-LD: {len(blocks)} blocks on a {kind} page, expected 1")
        for block in blocks:
            n += 1
            try:
                node = read_jsonld(block)
            except Exception as e:  # noqa: BLE001
                results.fail("formats", label + page, f"JSON-LD: {e}")
                continue
            types = node.get("@type", [])
            if kind == "meeting":
                events += 1
                if types != [SCHEMA + "Event"]:
                    results.fail("formats", label + page, f"JSON-LD: a meeting is {types}, not an Event")
                if first(node, "eventStatus") not in EVENT_STATUS:
                    results.fail("formats", label + page, f"JSON-LD: eventStatus {first(node, 'eventStatus')}")
                if first(node, "eventAttendanceMode") not in ATTENDANCE:
                    results.fail("formats", label + page, "JSON-LD: eventAttendanceMode "
                                 f"{first(node, 'eventAttendanceMode')}")
                if not first(node, "startDate") or not node.get(SCHEMA + "location") or not node.get(
                        SCHEMA + "organizer"):
                    results.fail("formats", label + page, "JSON-LD: an Event without startDate, location or organizer")
            elif kind == "district":
                orgs += 1
                if types != [SCHEMA + "GovernmentOrganization"]:
                    results.fail("formats", label + page, f"JSON-LD: a district is {types}")
    results.stat("formats", f"{label or 'site: '}{n} JSON-LD blocks expanded by pyld ({events} Events, "
                            f"{orgs} GovernmentOrganizations)")


def read_csv(data):
    """Reads one CSV file as Excel would be given it; returns its rows; raises on anything wrong."""
    if not data.startswith(b"\xef\xbb\xbf"):
        raise ValueError("no UTF-8 byte order mark (Excel would not read Thai)")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    if not rows:
        raise ValueError("no header")
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(rows[0]):
            raise ValueError(f"row {i} has {len(row)} cells, the header {len(rows[0])}")
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                raise ValueError(f"row {i}: a cell starts with {cell[:1]!r} (a formula)")
    return rows


def schema_for(path):
    """The docs/schemas/ file an open-data path is described by; None for other JSON files."""
    if not path.startswith("/data/"):
        return None
    name = path[len("/data/"):]
    if name == "districts.json":
        return "districts.schema.json"
    if name == "popolo.json" or re.match(r"^[a-z0-9-]+/popolo\.json$", name):
        return "popolo.schema.json"
    if name == "all.json":
        return "all.schema.json"
    if re.match(r"^[a-z0-9-]+\.json$", name):
        return "district.schema.json"
    return None


_validators = {}


def validate(path, document):
    """Raises jsonschema.ValidationError when an open-data file does not match its schema."""
    name = schema_for(path)
    if name is None:
        return False
    if name not in _validators:
        with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        _validators[name] = jsonschema.Draft202012Validator(schema)
    _validators[name].validate(document)
    return True


def check_data(site, results, label):
    n_json = n_csv = rows = validated = 0
    for path, full in files(site, ".json"):
        n_json += 1
        try:
            with open(full, encoding="utf-8") as f:
                document = json.load(f)
            validated += validate(path, document)
        except jsonschema.ValidationError as e:
            where = "/".join(str(p) for p in e.absolute_path)
            results.fail("formats", label + path, f"JSON Schema {schema_for(path)}: at {where or 'the top'}: "
                                                  f"{e.message[:200]}")
        except Exception as e:  # noqa: BLE001
            results.fail("formats", label + path, f"JSON: {e}")
    for path, full in files(site, ".csv"):
        n_csv += 1
        try:
            with open(full, "rb") as f:
                rows += len(read_csv(f.read())) - 1
        except Exception as e:  # noqa: BLE001
            results.fail("formats", label + path, f"CSV: {e}")
    results.stat("formats", f"{label or 'site: '}{n_json} JSON files parsed, {validated} of them validated against "
                            f"docs/schemas/ (jsonschema {jsonschema.__version__ if hasattr(jsonschema, '__version__') else ''}), "
                            f"{n_csv} CSV files read ({rows} rows)")


def check_formats(site, results, label="", jsonld_pages=None):
    check_calendars(site, results, label)
    check_xml(site, results, label)
    check_jsonld(site, results, label, only=jsonld_pages)
    check_data(site, results, label)


def selftest():
    """Each reader refuses a broken input: returns the list of those it accepted (empty = pass)."""
    accepted = []
    event = ("BEGIN:VEVENT\r\nUID:a@b\r\nDTSTAMP:20230101T000000Z\r\nDTSTART;VALUE=DATE:20230101\r\n"
             "SUMMARY:x\r\nURL:https://example.org/th/\r\nEND:VEVENT\r\n")
    good = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{event}END:VCALENDAR\r\n"
    read_calendar(good.encode())
    for bad in (good.replace("SUMMARY:x\r\n", ""),                       # an event without summary
                good.replace("DTSTART;VALUE=DATE:20230101", "DTSTART;VALUE=DATE:2023-13-45"),
                good.replace("BEGIN:VCALENDAR", "BEGIN:VCARD", 1)):
        try:
            read_calendar(bad.encode())
            accepted.append("iCalendar: " + bad[:60])
        except Exception:  # noqa: BLE001
            pass
    node = read_jsonld('{"@context":"https://schema.org","@type":"Event","name":"x"}')
    if node.get("@type") != [SCHEMA + "Event"]:
        accepted.append("JSON-LD: the schema.org vocabulary is not applied")
    for bad in ('{"@context":"https://schema.org","@type":"Event",}',           # not JSON
                '{"@context":"https://evil.example/ctx","@type":"Event"}',        # another context
                '{"@context":"https://schema.org","@id":{"x":1}}'):              # not JSON-LD
        try:
            read_jsonld(bad)
            accepted.append("JSON-LD: " + bad)
        except Exception:  # noqa: BLE001
            pass
    page = {"th": "https://e.org/th/", "en": "https://e.org/en/"}
    issue = {"id": "a", "title": {"th": "ก"}, "category": "waste", "status": "open",
             "status_description": {"th": "รับเรื่องแล้ว", "en": "Open"}, "opened": "2023-01-01",
             "discussed_at": [], "page": page}
    good = {"district": {"code": 1001, "slug": "x", "name": {"th": "ก"}, "page": page}, "generator": "Sapha",
            "committee": [], "meetings": [], "issues": [issue], "reports": []}
    validate("/data/x.json", good)
    for bad in (dict(good, issues=[dict(issue, status="done")]),              # not a status
                dict(good, issues=[dict(issue, opened="1/1/2566")]),          # not an ISO date
                {k: v for k, v in good.items() if k != "generator"}):         # a field missing
        try:
            validate("/data/x.json", bad)
            accepted.append("JSON Schema: " + json.dumps(bad, ensure_ascii=False)[:80])
        except jsonschema.ValidationError:
            pass
    read_csv(b"\xef\xbb\xbfa,b\r\n1,2\r\n")
    for bad in (b"a,b\r\n1,2\r\n", b"\xef\xbb\xbfa,b\r\n1,2,3\r\n", b"\xef\xbb\xbfa,b\r\n=1+1,2\r\n"):
        try:
            read_csv(bad)
            accepted.append("CSV: " + repr(bad))
        except Exception:  # noqa: BLE001
            pass
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "feed.xml"), "w") as f:
            f.write("<feed xmlns='http://www.w3.org/2005/Atom'><entry></feed>")
        try:
            ET.parse(os.path.join(tmp, "feed.xml"))
            accepted.append("XML: a feed that is not well-formed")
        except ET.ParseError:
            pass
    return accepted
