#!/usr/bin/env python3
"""Hostile input and hostile servers against the built program: the probes
behind docs/reliability.md ("Hostile input and hostile servers").

Usage: Benchmarks/scripts/hostile-probes.py [--rounds N] [--binary PATH]

Every probe prints how many cases it tried and how many failed; a case fails
when the program crashes, hangs past its ceiling, exits with the wrong status,
prints a C0 (but a layout's newline or tab), DEL, C1 or bidi control raw,
prints a token it was given, or lets a request through that it must refuse.
"""
import argparse
import json
import os
import random
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FORBIDDEN = ([chr(c) for c in range(0x20)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
             + [chr(c) for c in [0x061C, 0x200E, 0x200F, 0x2028, 0x2029]]
             + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)])
ORDINARY = ["a", "Z", " ", "é", "漢字", "한국", "😀", "e\u0301", "مرحبا", '"', "\\", "'", "{", "}", "%", "[2J", "]52;c;", "0", "-"]
RAW = re.compile("[" + "".join(re.escape(c) for c in FORBIDDEN if c not in "\n\t") + "]")


def hostile(rng, pieces=10):
    return "".join(rng.choice(FORBIDDEN) if rng.random() < 0.5 else rng.choice(ORDINARY) for _ in range(rng.randint(1, pieces)))


def raw_in(text):
    return RAW.findall(text)


def sanitize(text):
    """TextSanitizer.sanitize, for comparing what the program prints."""
    out = []
    for c in text:
        v = ord(c)
        if v < 0x20:
            out.append(chr(0x2400 + v))
        elif v == 0x7F:
            out.append("␡")
        elif 0x80 <= v <= 0x9F:
            out.append("␛" + chr(v - 0x40))
        elif c in FORBIDDEN:
            out.append("<U+%04X>" % v)
        else:
            out.append(c)
    return "".join(out)


class Home:
    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="seekpass-probe-")
        self.env = {"HOME": self.path, "XDG_CONFIG_HOME": self.path + "/c", "XDG_STATE_HOME": self.path + "/s",
                    "XDG_DATA_HOME": self.path + "/d", "XDG_CACHE_HOME": self.path + "/k", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    def profile(self, lines):
        folder = self.path + "/c/seekpass-composer"
        os.makedirs(folder, exist_ok=True)
        with open(folder + "/profiles.toml", "w") as f:
            f.write("[profile.p]\n" + "\n".join(lines) + "\n")
        os.chmod(folder + "/profiles.toml", 0o600)

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


def run(binary, args, home, extra=None, timeout=120):
    env = dict(home.env)
    env.update(extra or {})
    started = time.monotonic()
    try:
        p = subprocess.run([binary] + args, env=env, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, "", "", time.monotonic() - started
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.monotonic() - started


class Probe:
    def __init__(self, name):
        self.name, self.tried, self.failed, self.notes = name, 0, 0, []

    def check(self, ok, note):
        self.tried += 1
        if not ok:
            self.failed += 1
            if len(self.notes) < 3:
                self.notes.append(note)

    def report(self):
        print(f"| {self.name} | {self.tried} | {self.failed} |", flush=True)
        for note in self.notes:
            print(f"    failure: {note[:400]!r}", file=sys.stderr)


CAREER = {"credential_id": "c-1", "fields": {"full_name": "Mei Ling Tan", "employment": [
    {"organisation": "A", "role_title": "Engineer", "start_date": "2020-01", "last_processed_month": "2024-05"}]}}
BATCH = {"credential_id": "P-1", "digital_identity": {"credential_id": "P-1-di", "fields": {"full_name": "Siti Rahma"}},
         "education_items": [], "english_proficiency_items": [],
         "microcredential_items": [{"credential_id": "P-1-m", "fields": {"full_name": "Siti Rahma", "issuer_name": "Skill Test Provider",
                                                                         "microcredential_name": "AI Essentials", "issue_date": "2024-04-30"}}]}


def fuzzed_payload(rng):
    value = json.loads(json.dumps(CAREER))
    employment = value["fields"]["employment"][0]
    for key in ["organisation", "role_title", "start_date"]:
        if rng.random() < 0.6:
            employment[key] = hostile(rng)
    if rng.random() < 0.5:
        value["credential_id"] = hostile(rng)
    if rng.random() < 0.5:
        employment[hostile(rng)] = hostile(rng)
    if rng.random() < 0.3:
        value["partner_chain"] = [{"name": hostile(rng)} for _ in range(rng.randint(1, 4))]
    return value


def probe_validate_preview(binary, rounds, rng):
    validate, preview = Probe("validate: fuzzed file names, member names, values and ids"), Probe("preview: the same payloads")
    home = Home()
    try:
        batch = 50
        for r in range(rounds):
            files = []
            for i in range(batch):
                name = hostile(rng).replace("/", "_").replace("\x00", "0")
                path = os.path.join(home.path, f"f-{r}-{i}-{name}.json")
                with open(path, "w", encoding="utf-8") as f:
                    json.dump(fuzzed_payload(rng), f, ensure_ascii=rng.random() < 0.5)
                files.append(path)
            status, out, err, _ = run(binary, ["validate"] + files, home)
            lines = [l for l in out.split("\n") if l]
            calm = status in (0, 1, 2) and not raw_in(out + err) and "Fatal error" not in err
            for f in files:
                # Each file: every line of it starts with its name shown visibly, and one of them is its summary.
                shown = sanitize(f) + ": "
                own = [l for l in lines if l.startswith(shown)]
                summaries = [l for l in own if re.search(r": (valid|invalid) career history( \(.*\))?$", l)]
                validate.check(calm and len(summaries) == 1, f"{f!r}: status {status}, raw {raw_in(out + err)[:5]}, summaries {len(summaries)}")
            validate.check(len(lines) == sum(1 for l in lines if any(l.startswith(sanitize(f) + ": ") for f in files)),
                           "a line belongs to no file")
            for f in files[:10]:
                status, out, err, _ = run(binary, ["preview", f], home)
                ok = status in (0, 1, 2) and not raw_in(out + err) and "Fatal error" not in err
                if status == 0:
                    try:
                        ok = ok and json.loads(out) == json.load(open(f, encoding="utf-8"))
                    except Exception:
                        ok = False
                preview.check(ok, f"{f!r}: status {status}, raw {raw_in(out + err)[:5]}")
    finally:
        home.remove()
    return [validate, preview]


class HostileServer:
    """Answers every request by `script(method, path, headers, body) -> (status, headers, body | None, trickle)`."""

    def __init__(self, script):
        self.script, self.requests = script, []
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(128)
        self.port = self.listener.getsockname()[1]
        self.stopped = False
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while not self.stopped:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        conn.settimeout(30)
        data = b""
        try:
            while True:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, data = data.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                method, path = lines[0].split(" ")[:2]
                headers = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
                length = int(headers.get("content-length", "0"))
                while len(data) < length:
                    data += conn.recv(65536)
                body, data = data[:length], data[length:]
                with self.lock:
                    self.requests.append((method, path, headers, body))
                status, extra, answer, trickle = self.script(method, path, headers, body)
                head = f"HTTP/1.1 {status} X\r\nContent-Length: {len(answer)}\r\nContent-Type: application/json\r\n"
                for k, v in extra:
                    head += f"{k}: {v}\r\n"
                conn.sendall(head.encode("latin-1") + b"\r\n")
                if trickle:
                    for i in range(len(answer)):
                        time.sleep(trickle)
                        conn.sendall(answer[i:i + 1])
                else:
                    conn.sendall(answer)
        except OSError:
            return
        finally:
            conn.close()

    def stop(self):
        self.stopped = True
        self.listener.close()


def errors(*messages):
    return json.dumps({"errors": [{"path": "$", "message": m} for m in messages]}).encode()


def probe_submit(binary, rounds, rng):
    probe = Probe("submit against a hostile server: escapes, echoed Authorization, hostile redirect URIs and asset ids")
    home = Home()
    payload = os.path.join(home.path, "batch.json")
    json.dump(BATCH, open(payload, "w"))
    try:
        for _ in range(rounds):
            token = "statictoken-" + uuid.uuid4().hex
            text = hostile(rng, 20)
            status = rng.choice([400, 401, 403, 404, 409, 422, 429, 500, 503, 201, 201])

            def script(method, path, headers, body, status=status, text=text):
                echoed = headers.get("authorization", "")
                if status == 201:
                    return 201, [], json.dumps({"redirect_uri": "https://pass.example/add#c=" + text + echoed,
                                                "asset_uploads": [{"asset_id": text, "url": "https://s.example/x?X-Amz-Signature=" + echoed}]}).encode(), None
                body = errors(text, "you sent " + echoed, echoed.replace("Bearer ", "") + text) if rng.random() < 0.8 \
                    else ("<html>" + text + echoed + "</html>").encode()
                return status, [("X-Echo", "".join(c for c in echoed if c.isprintable()))], body, None

            server = HostileServer(script)
            home.profile([f'url = "http://127.0.0.1:{server.port}"', "max_attempts = 2", "request_timeout = 5"])
            code, out, err, _ = run(binary, ["submit", payload, "--profile", "p"] + (["--json"] if rng.random() < 0.3 else []),
                                    home, {"ACCESS_TOKEN": token})
            server.stop()
            retried = sum(1 for r in server.requests) if status in (429, 500, 503) else 1
            ok = (code is not None and not raw_in(out + err) and token not in out + err and "Fatal error" not in err
                  and (status in (429, 500, 503) or len(server.requests) == 1) and retried <= 2
                  and (code == 0 or code == 3 if status == 201 else code in (1, 2, 3)))
            probe.check(ok, f"HTTP {status}: exit {code}, raw {raw_in(out + err)[:5]}, token shown {token in out + err}, requests {len(server.requests)}")
    finally:
        home.remove()
    return [probe]


def probe_deadlines(binary, rounds):
    trickle, huge = Probe("a 201 trickled one byte every 2 s (request_timeout 2)"), Probe("a 4xx of 3 MiB (max_attempts 4)")
    home = Home()
    payload = os.path.join(home.path, "batch.json")
    json.dump(BATCH, open(payload, "w"))
    try:
        for _ in range(rounds):
            server = HostileServer(lambda *a: (201, [], b" " * 100000, 2))
            home.profile([f'url = "http://127.0.0.1:{server.port}"', "max_attempts = 1", "request_timeout = 2"])
            code, out, err, took = run(binary, ["submit", payload, "--profile", "p"], home, {"ACCESS_TOKEN": "t-" + uuid.uuid4().hex}, timeout=60)
            server.stop()
            trickle.check(code == 3 and "within 2 s" in err and took < 30, f"exit {code} after {took:.1f} s: {err[-200:]}")
            big = errors("x" * (3 << 20))
            server = HostileServer(lambda *a: (400, [], big, None))
            home.profile([f'url = "http://127.0.0.1:{server.port}"', "max_attempts = 4"])
            code, out, err, _ = run(binary, ["submit", payload, "--profile", "p"], home, {"ACCESS_TOKEN": "t-" + uuid.uuid4().hex})
            server.stop()
            huge.check(code == 1 and len(server.requests) == 1 and len(err) < 65536, f"exit {code}, {len(server.requests)} requests")
    finally:
        home.remove()
    return [trickle, huge]


LOOKALIKES = ["127.+0.+0.+1", "127.-0.0.1", "127.0.0.01", "0127.0.0.1", "127.1", "127.0.1", "0x7f.0.0.1", "0x7f000001",
              "2130706433", "017700000001", "127.0.0.256", "127.0.0.1.", "127.0.0.1.nip.io", "localhost.", "localhost.localdomain",
              "[::ffff:127.0.0.1]", "[0:0:0:0:0:0:0:1]", "[::1%25lo]", "127。0。0。1", "１２７.0.0.1", "127.0.0.1%2e", "0.0.0.0", "[::]",
              "10.0.0.1", "example.com", "127.0.0.1@evil.example", "evil.example#@127.0.0.1"]


def probe_lookalikes(binary):
    probe = Probe("submit --url http://HOST:PORT with look-alike loopback hosts")
    home = Home()
    payload = os.path.join(home.path, "batch.json")
    json.dump(BATCH, open(payload, "w"))
    server = HostileServer(lambda *a: (201, [], b'{"redirect_uri": "https://x"}', None))
    try:
        for host in LOOKALIKES:
            before = len(server.requests)
            code, out, err, _ = run(binary, ["submit", payload, "--url", f"http://{host}:{server.port}/"], home, {"ACCESS_TOKEN": "t-" + uuid.uuid4().hex})
            probe.check(code == 2 and len(server.requests) == before, f"{host}: exit {code}, {len(server.requests) - before} requests, {err[-160:]}")
        for host in ["127.+0.0.1", "0.0.0.0", "127.0.0.01", "localhost.", "example.com"]:
            code, out, err, _ = run(binary, ["sandbox", "--host", host, "--port", "0"], home, timeout=20)
            probe.check(code == 2 and "loopback" in err, f"sandbox --host {host}: exit {code}")
    finally:
        server.stop()
        home.remove()
    return [probe]


def start_sandbox(binary, home, args, preexec=None):
    out = open(home.path + "/sandbox.out", "w")
    p = subprocess.Popen([binary, "sandbox", "--port", "0"] + args, env=home.env, stdout=out, stderr=subprocess.STDOUT,
                         stdin=subprocess.DEVNULL, preexec_fn=preexec)
    for _ in range(1200):
        text = open(home.path + "/sandbox.out").read()
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", text)
        if m:
            return p, int(m.group(1))
        time.sleep(0.05)
    p.kill()
    raise RuntimeError("the sandbox did not start: " + open(home.path + "/sandbox.out").read())


def http(port, request, wait=30):
    s = socket.create_connection(("127.0.0.1", port), timeout=wait)
    s.sendall(request.encode("latin-1") if isinstance(request, str) else request)
    data = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except socket.timeout:
        pass
    s.close()
    m = re.match(rb"HTTP/1\.1 (\d+)", data)
    return int(m.group(1)) if m else 0, data


def probe_sandbox(binary, rounds, rng):
    probes = [Probe("sandbox: a foreign Host (DNS rebinding)"), Probe("sandbox: /_sandbox writes cross-origin or not JSON"),
              Probe("sandbox: 300 connections sending a head slowly (header timeout 2 s)"),
              Probe("sandbox: 1,000 idle connections, then a request"),
              Probe("sandbox under `ulimit -n 256`: 400 idle connections, then a request")]
    home = Home()
    try:
        p, port = start_sandbox(binary, home, ["--header-timeout", "2"])
        try:
            for _ in range(rounds):
                host = rng.choice(["evil.example", "127.0.0.1.evil.example", "rebind.example", "10.0.0.1", "[::1]", "127.0.0.2", "localhost.evil"])
                if rng.random() < 0.5:
                    host += f":{port}"
                status, _ = http(port, f"GET /_sandbox/requests HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n")
                probes[0].check(status == 421, f"Host {host}: {status}")
            body = '{"fail_next": 5}'
            for _ in range(rounds):
                variant = rng.choice([("text/plain", None), ("application/x-www-form-urlencoded", None), (None, None), ("application/jsonx", None),
                                      ("application/json", "http://evil.example"), ("application/json", "null"), ("text/plain", "http://evil.example")])
                path = rng.choice(["/_sandbox/faults", "/_sandbox/tokens/revoke", "/_sandbox/requests/X/accept"])
                request = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {len(body)}\r\n"
                if variant[0]:
                    request += f"Content-Type: {variant[0]}\r\n"
                if variant[1]:
                    request += f"Origin: {variant[1]}\r\n"
                status, _ = http(port, request + "\r\n" + body)
                _, faults = http(port, f"GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
                probes[1].check(status in (403, 415) and b'"fail_next": 0' in faults, f"{variant} {path}: {status}")
            slow = []
            for _ in range(300):
                s = socket.create_connection(("127.0.0.1", port))
                s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                slow.append(s)
            started = time.monotonic()
            open_sockets = list(slow)
            while open_sockets and time.monotonic() - started < 40:
                still = []
                for s in open_sockets:
                    try:
                        s.sendall(b"X")
                        s.setblocking(False)
                        try:
                            if s.recv(1) == b"":
                                continue
                        except BlockingIOError:
                            pass
                        s.setblocking(True)
                        still.append(s)
                    except OSError:
                        continue
                open_sockets = still
                time.sleep(0.2)
            took = time.monotonic() - started
            for s in slow:
                s.close()
            probes[2].tried += 299
            probes[2].check(not open_sockets and took < 10, f"{len(open_sockets)} still open after {took:.1f} s")
            idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(1000)]
            status, _ = http(port, f"GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
            probes[3].check(status == 200, f"answered {status}")
            for s in idle:
                s.close()
        finally:
            p.terminate()
            p.wait()

        def low():
            resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
        p, port = start_sandbox(binary, home, [], preexec=low)
        try:
            idle = []
            for _ in range(400):
                idle.append(socket.create_connection(("127.0.0.1", port), timeout=10))
            for _ in range(5):
                status, _ = http(port, f"GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n", wait=10)
                probes[4].check(status == 200, f"answered {status}")
            cpu = float(open(f"/proc/{p.pid}/stat").read().split()[13]) / os.sysconf("SC_CLK_TCK")
            time.sleep(2)
            cpu_after = float(open(f"/proc/{p.pid}/stat").read().split()[13]) / os.sysconf("SC_CLK_TCK")
            probes[4].check(cpu_after - cpu < 0.5, f"spinning: {cpu_after - cpu:.2f} s of CPU in 2 s")
            for s in idle:
                s.close()
        finally:
            p.terminate()
            p.wait()
    finally:
        home.remove()
    return probes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/seekpass-composer"))
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(8192, resource.getrlimit(resource.RLIMIT_NOFILE)[1]),) * 2)
    rng = random.Random(args.seed)
    print("| probe | tried | failed |\n| --- | --- | --- |", flush=True)
    results = []
    results += probe_validate_preview(args.binary, args.rounds, rng)
    for p in results: p.report()
    for group in [lambda: probe_submit(args.binary, args.rounds * 25, rng), lambda: probe_deadlines(args.binary, 3),
                  lambda: probe_lookalikes(args.binary), lambda: probe_sandbox(args.binary, args.rounds * 5, rng)]:
        for p in group():
            p.report()
            results.append(p)
    sys.exit(1 if any(p.failed for p in results) else 0)


if __name__ == "__main__":
    main()
