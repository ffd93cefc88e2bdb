"""Measures `sapha serve`: time from saving one minutes file to the served page showing the
edit, on the synthetic corpus (N=1 by default). Starts the release binary on a copy of the
corpus, edits a meeting's minutes N times (a new word each time), and polls the page over
HTTP until the word appears. Prints every latency, the median and the maximum, and also
how long a broken file takes to show the error page and the fix to clear it.
Usage: python3 bench/serve.py [--years 1] [--edits 20]   (after bench/run or a release build)"""
import argparse, os, shutil, socket, statistics, subprocess, sys, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", ".work")
SAPHA = os.environ.get("SAPHA_BIN", os.path.join(ROOT, ".build", "release", "sapha"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def wait_until(url, predicate, timeout=30.0):
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            status, body = get(url)
            if predicate(status, body):
                return time.perf_counter()
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.002)
    sys.exit(f"timed out waiting for {url}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    sample = os.path.join(WORK, f"sample-{args.years}")
    if not os.path.isdir(sample):
        subprocess.run([SAPHA, "sample", "--districts", "50", "--years", str(args.years), "--output", sample], check=True)
    content = os.path.join(WORK, f"serve-{args.years}")
    if os.path.exists(content):
        shutil.rmtree(content)
    shutil.copytree(sample, content)
    meetings = os.path.join(content, "districts", "thung-khru", "meetings")
    meeting = sorted(f for f in os.listdir(meetings) if f.endswith(".md") and not f.endswith(".en.md"))[3]
    path = os.path.join(meetings, meeting)
    url_path = f"/th/thung-khru/meetings/{meeting[:-3]}/"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = subprocess.Popen([SAPHA, "serve", "--content", content, "--theme", os.path.join(ROOT, "themes", "default"),
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        ready = wait_until(base + url_path, lambda s, b: s == 200, timeout=120)
        print(f"corpus N={args.years}: first build and serve {ready - started:.2f} s")
        original = open(path, encoding="utf-8").read()
        latencies = []
        for n in range(args.edits):
            word = f"sapha-edit-{n}-{time.time_ns()}"
            with open(path, "w", encoding="utf-8") as f:
                f.write(original + f"\n\nแก้ไขล่าสุด {word}\n")
            t0 = time.perf_counter()
            t1 = wait_until(base + url_path, lambda s, b: word in b)
            latencies.append((t1 - t0) * 1000)
        print("one-file edit → page shows it (ms): " + " ".join(f"{x:.0f}" for x in latencies))
        print(f"median {statistics.median(latencies):.0f} ms, min {min(latencies):.0f} ms, max {max(latencies):.0f} ms over {len(latencies)} edits")
        # A broken file: the error page replaces the page; fixing it brings the page back.
        broken = original.replace("status: ", "status: not-a-status-", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(broken)
        t0 = time.perf_counter()
        t1 = wait_until(base + url_path, lambda s, b: s == 500 and "not-a-status-" in b and meeting in b)
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        t2 = time.perf_counter()
        t3 = wait_until(base + url_path, lambda s, b: s == 200)
        print(f"error shown in {(t1 - t0) * 1000:.0f} ms; page back after the fix in {(t3 - t2) * 1000:.0f} ms")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(content, ignore_errors=True)


if __name__ == "__main__":
    main()
