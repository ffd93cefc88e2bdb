"""Smoke test of `sapha serve` on a copy of the fixture site (Tests/SaphaCoreTests/Fixtures/site,
never content/, which district staff edit), run by scripts/test:
the server answers, injects live reload into pages only, refuses paths outside the site,
shows a saved edit, shows a broken file's error (file:line) in the page with status 500,
recovers when it is fixed, marks a draft, shows the content's warnings in a banner, and never
writes output/. Exits non-zero on any failure.
Usage: python3 Tests/serve-smoke.py [path/to/sapha]"""
import http.client, os, shutil, socket, subprocess, sys, tempfile, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "Tests", "SaphaCoreTests", "Fixtures", "site")
SAPHA = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "sapha")


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode(), r.headers.get("Content-Type", "")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), e.headers.get("Content-Type", "")


def raw(port, method, path):
    """One request with the path exactly as given (urllib would normalise it)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request(method, path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheader("Location"), response.getheader("Content-Length"), body


def until(what, check, timeout=20.0):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            result = check()
            if result:
                return time.monotonic() - start
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.02)
    sys.exit(f"FAIL: {what} (waited {timeout:.0f} s)")


def main():
    work = tempfile.mkdtemp(prefix="sapha-serve-")
    content = os.path.join(work, "content")
    shutil.copytree(FIXTURE, content)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([SAPHA, "serve", "--content", content, "--theme", os.path.join(ROOT, "themes", "default"),
                               "--port", str(port)], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    page = "/th/thung-khru/issues/road/"
    path = os.path.join(content, "districts", "thung-khru", "issues", "road.md")
    try:
        until("the server answers", lambda: get(base + page)[0] == 200, timeout=60)
        status, body, kind = get(base + page)
        assert "text/html" in kind and "/__sapha/live.js?v=" in body, "pages carry the live-reload script"
        status, body, kind = get(base + "/th/thung-khru/feed.xml")
        assert status == 200 and "atom" in kind and "__sapha" not in body, "feeds are served as they are built"
        assert get(base + "/th/thung-khru")[0] == 200, "a folder without its slash redirects to the page"
        status, location, _, _ = raw(port, "GET", "//th/thung-khru")
        assert status == 301 and location == "/th/thung-khru/", f"//th/x redirects inside the site, not to {location}"
        status, _, length, body = raw(port, "HEAD", page)
        assert status == 200 and body == b"" and int(length) > 1000, "HEAD answers like GET, without a body"
        for bad in ["/../etc/passwd", "/th/%2e%2e/%2e%2e/etc/passwd", "/th/..%2f..%2fetc/passwd"]:
            status, body, _ = get(base + bad)
            assert status == 404 and "root:" not in body, f"{bad} must not leave the site"
        original = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + "\nแก้ไขทดสอบ-smoke\n")
        took = until("a saved edit shows", lambda: "แก้ไขทดสอบ-smoke" in get(base + page)[1])
        print(f"ok: edit visible after {took * 1000:.0f} ms")
        assert "status: resolved" in original, f"{path} has no 'status: resolved' to break"
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.replace("status: resolved", "status: fixed-maybe", 1))
        until("a broken file shows its error in the page",
              lambda: (lambda r: r[0] == 500 and "issues/road.md:" in r[1] and "fixed-maybe" in r[1])(get(base + page)))
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        until("the page comes back after the fix", lambda: get(base + page)[0] == 200 and "แก้ไขทดสอบ-smoke" not in get(base + page)[1])
        # A draft is shown, marked; a warning is a banner on every page, gone once fixed.
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.replace("status: resolved", "status: resolved\ndraft: true", 1))
        until("a draft is shown marked as a draft", lambda: 'class="notice draft"' in get(base + page)[1])
        report = os.path.join(content, "districts", "thung-khru", "reports", "2023-05.md")
        report_text = open(report, encoding="utf-8").read()
        assert "    status: resolved" in report_text, f"{report} has no update saying resolved"
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.replace("status: resolved", "status: open", 1).replace("resolved: ", "#resolved: ", 1))
        until("a warning shows as a banner", lambda: 'id="sapha-warnings"' in get(base + "/th/")[1]
              and "W-LINK-STATUS-DISAGREES" in get(base + "/th/")[1])
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        until("the banner goes once the warning is fixed", lambda: 'id="sapha-warnings"' not in get(base + "/th/")[1])
        print("ok: drafts are marked and warnings are a banner")
        assert not os.path.exists(os.path.join(work, "output")), "serve must not write output/"
        print("ok: sapha serve smoke test passed")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
