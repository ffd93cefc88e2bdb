#!/usr/bin/env python3
"""The worst case of one Markdown body, measured on the real pipeline (`sapha build`).

For each family, a copy of the fixture site gets one meeting whose body is that family at
the body limit (512 KiB), and the release `sapha` builds it. Two groups:
  - inside: the worst bodies found that stay inside every bound of MarkdownLimits (from a
    survey of 81 pathological families on Debian's cmark-gfm 0.29.0.gfm.6): they must build;
  - bombs: the inputs that crashed or stalled Sapha before the bounds (issue 11): they must be
    refused with a located error (exit 1), never crash.
Prints the CPU of the load stage (where every body is parsed and rendered, `--timings`), the
build's wall time and peak memory (ru_maxrss), and the same for the fixture site alone (the
baseline: the difference is the body's cost). Usage: bench/markdown-limits [path/to/sapha]"""
import os, resource, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAPHA = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "sapha")
FIXTURE = os.path.join(ROOT, "Tests", "SaphaCoreTests", "Fixtures", "site")
HEADER = "---\ndate: 2023-04-01\nmode: online\nstatus: held\n---\n"
LIMIT = 524_288 - 16


def blocks(block, size=LIMIT):
    unit = block + "\n\n"
    return unit * max(1, size // len(unit.encode()))


def fill(prefix, unit, size=LIMIT):
    return prefix + unit * max(0, (size - len(prefix.encode())) // len(unit.encode()))


def table(columns, rows):
    return "|" + "a|" * columns + "\n|" + "-|" * columns + "\n" + "|b|\n" * rows + "\n"


THAI = ("## วาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n\n"
        "- ปัญหาน้ำท่วมขังบริเวณซอยประชาอุทิศ สำนักงานเขตได้ประสานสำนักการระบายน้ำแล้ว\n"
        "  - ผู้แทนชุมชนแจ้งว่าท่อระบายน้ำอุดตันในช่วงฝนตกหนัก\n\n"
        "| เรื่อง | ผู้รับผิดชอบ | ความคืบหน้า |\n|---|---|---|\n| ไฟฟ้าส่องสว่าง | ฝ่ายโยธา | 60% |\n\n"
        "ที่ประชุมรับทราบ และมอบหมายให้ฝ่ายรักษาความสะอาดติดตามผลในการประชุมครั้งถัดไป **สำคัญ**\n\n")

INSIDE = {
    "ordinary Thai minutes": lambda: fill("", THAI),
    "32 nested list levels + lazy lines": lambda: fill("- " * 32 + "a\n", "b\n"),
    "32-level lists + lazy lines, in blocks": lambda: blocks("- " * 32 + "a\n" + "b\n" * 200),
    "quotes and lists 16 deep + lazy lines": lambda: fill("> - " * 16 + "a\n", "b\n"),
    "32 list levels reopened on every line": lambda: fill("", "- " * 31 + "a\n"),
    "nested emphasis, 1,000 per paragraph": lambda: blocks("*a **a " * 166 + "b" + " a** a*" * 166),
    "_ runs around a dot, 1,000 per paragraph": lambda: blocks("_" * 499 + "." + "_" * 499),
    "![[]() x500 per paragraph": lambda: blocks("![[]()" * 500),
    "<? x1,000 per paragraph": lambda: blocks("x" + "<?" * 1000),
    "a@ x500 per paragraph": lambda: blocks("a@" * 500),
    "a@b. x500 per paragraph": lambda: blocks("a@b." * 500),
    "www._ runs at the scan bound": lambda: blocks("www._" * 50),
    "table 300 columns x 1,000 rows": lambda: fill(table(300, 1000), "x" * 79 + "\n"),
    "table 64 columns, full": lambda: fill("|" + "a|" * 64 + "\n|" + "-|" * 64 + "\n", "|" + "b|" * 64 + "\n"),
    "nested images, 1,000 per paragraph": lambda: blocks("![" * 500 + "a" + "](u)" * 500),
    "emphasis and links nested": lambda: blocks("*a [" * 250 + "b" + "](u) a*" * 250),
    "every bound at once": lambda: blocks("\n\n".join(["- " * 32 + "a\n" + "b\n" * 200, "*a **a " * 166 + "b" + " a** a*" * 166,
                                                      "![[]()" * 500, "x" + "<?" * 1000, "a@b." * 500, "www._" * 50])),
}

BOMBS = {
    "40 KB reference used 30,000 times (SIGABRT)": lambda: "[a]: https://example.org/" + "x" * 40_000 + "\n\n"
        + ("[a] " * 500 + "\n\n") * 60,
    "- - - … with lazy lines": lambda: fill("- " * 2000 + "a\n", "b\n"),
    "> > > … with lazy lines": lambda: fill("> " * 2000 + "a\n", "b\n"),
    "___…_.___…_": lambda: fill("", "_" * 5000 + "." + "_" * 5000 + "\n"),
    "![[]() repeated": lambda: fill("", "![[]()"),
    "<? repeated": lambda: fill("x", "<?"),
    "www._ repeated": lambda: fill("", "www._"),
    "wide table header, short rows": lambda: fill("|" + "a|" * 20_000 + "\n|" + "-|" * 20_000 + "\n", "|b|\n"),
    "footnote references (x47 output)": lambda: blocks("[^1]" * 400) + "[^1]: note\n",
    "1 MB body": lambda: fill("", THAI, 1_048_576),
}


def build(body):
    # In memory where there is /dev/shm: the body's cost, not the disk's, is measured.
    work = tempfile.mkdtemp(prefix="sapha-limits-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        content = os.path.join(work, "content")
        shutil.copytree(FIXTURE, content)
        if body is not None:
            with open(os.path.join(content, "districts", "thung-khru", "meetings", "bomb.md"), "w", encoding="utf-8") as f:
                f.write(HEADER + body)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.monotonic()
        run = subprocess.run([SAPHA, "build", "--timings", "--content", content, "--theme", os.path.join(ROOT, "themes", "default"),
                              "--output", os.path.join(work, "output")], capture_output=True, text=True)
        wall = time.monotonic() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # ru_maxrss of children is the largest child so far: each family runs in its own process
        # (see main), so this is this build's peak.
        first_error = next((line for line in run.stderr.splitlines() if ": error: " in line), "")
        # CPU of the load stage (where cmark-gfm parses and renders every body) and of render.
        cpu = {parts[0]: float(parts[4]) for parts in (line.replace(")", "").split() for line in run.stderr.splitlines())
               if len(parts) == 6 and parts[0] in ("load", "render") and parts[3] == "(CPU"}
        return run.returncode, wall, max(peak, before) / 1024, first_error, cpu
    finally:
        shutil.rmtree(work, ignore_errors=True)


def one(kind, name):
    body = None if name is None else (INSIDE if kind == "inside" else BOMBS)[name]()
    code, wall, peak, error, cpu = build(body)
    size = 0 if body is None else len(body.encode())
    if code < 0:
        outcome = f"CRASH (signal {-code})"
    elif kind == "bombs":
        outcome = "refused" if code == 1 and ".md:" in error else f"NOT REFUSED (exit {code})"
    elif code == 1 and "renders to" in error:
        outcome = "refused: over the 4 MiB page limit"
    else:
        outcome = "built" if code == 0 else f"FAILED (exit {code}): {error}"
    stages = f"{cpu.get('load', 0):.2f} s" if code in (0, 1) else "–"
    print(f"| {name or 'fixture site alone (baseline)'} | {size // 1024} KiB | {outcome} | {stages} | {wall:.2f} s | {peak:.0f} MiB |",
          flush=True)
    return outcome == "built" or outcome.startswith("refused")


def main():
    if len(sys.argv) > 2:  # child: one family
        ok = one(sys.argv[2], None if sys.argv[3] == "-" else sys.argv[3])
        sys.exit(0 if ok else 1)
    print(f"sapha: {SAPHA}\n")
    print("| body | size | outcome | load stage CPU | build wall | peak memory |\n|---|---|---|---|---|---|")
    ok = True
    for kind, names in (("inside", [None] + list(INSIDE)), ("bombs", list(BOMBS))):
        for name in names:
            # A fresh Python per family, so ru_maxrss is that build's alone.
            ok &= subprocess.run([sys.executable, __file__, SAPHA, kind, name or "-"]).returncode == 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
