"""A static file server on 127.0.0.1 for the checks: serves a built site folder, answers
404.html for missing paths (as a real host would), and names itself to LinkChecker so that
LinkChecker does not throttle its requests (see linkcheck/checker/httpurl.py: a response with
a "LinkChecker" header lifts the per-host rate limit)."""

import functools
import http.server
import os
import threading


class _Handler(http.server.SimpleHTTPRequestHandler):
    # HTTP/1.1 with Content-Length lets clients keep connections open.
    protocol_version = "HTTP/1.1"

    def end_headers(self):
        self.send_header("LinkChecker", "local")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            page = os.path.join(self.directory, "404.html")
            if os.path.isfile(page):
                with open(page, "rb") as f:
                    body = f.read()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):  # quiet
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # a client that closes its connection early (a browser, LinkChecker) is not an error
        import sys
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class SiteServer:
    """`with SiteServer(folder) as s:` serves folder at s.origin (http://127.0.0.1:PORT)."""

    def __init__(self, root):
        self.root = os.path.abspath(root)
        handler = functools.partial(_Handler, directory=self.root)
        # port 0: the kernel picks a free port
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self.origin = f"http://{self.host}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
        return False


if __name__ == "__main__":
    import sys
    import time
    with SiteServer(sys.argv[1]) as s:
        print(s.origin, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
