#!/usr/bin/env python3
"""Makes the screenshots of the sandbox's holder page in docs/screens with the
program and headless Chromium (Debian: apt-get install chromium chromium-driver).

It starts `seekpass-composer sandbox` on a free port with a private HOME, sends
the seed batch (with a partner chain and a transcript added) with
`seekpass-composer submit`: two files arrive, one is dropped on every attempt
(the drop-upload-rate fault) and one is never sent. Then, through chromedriver
(W3C WebDriver over loopback HTTP), it opens the redirect URI as the holder
would and captures the page at 390x844 and 1280x800 (its top, and its files), presses Accept and
captures the wallet, and opens the link again with a fresh profile to capture
the "already added" page.

Usage: docs/screens/holder-page.py [BINARY]   (default: .build/release/seekpass-composer)
"""
import base64, json, os, re, shutil, struct, subprocess, sys, tempfile, time, urllib.request, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCREENS = os.path.join(ROOT, "docs", "screens")
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "seekpass-composer")
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1"]
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def wait_for(what, condition, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    sys.exit(f"timed out waiting for {what}")


def http(method, url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            text = answer.read()
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {url}: {error.code} {error.read()[:500]!r}")
    return json.loads(text) if text else None


def png(width, height):
    """A small real PNG: a blue gradient."""
    rows = b"".join(b"\x00" + bytes(v for x in range(width) for v in (20, 60 + x * 150 // width, 160)) for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def pdf(title):
    """A small real one-page PDF that says `title`."""
    stream = f"BT /F1 24 Tf 72 720 Td ({title}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.7\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def batch():
    with open(os.path.join(ROOT, "Tests", "PassSandboxTests", "Fixtures", "batch-full.json")) as f:
        value = json.load(f)
    edu = value["education_items"][0]["fields"]
    edu["with_honours"] = True
    edu["partner_chain"] = [{"name": "ABC University Network"}, {"name": "Foo University Group"}]
    edu["transcript"] = {"overall": {"issuance_date": "2024-12-01", "score": "3.8"}, "subjects": [
        {"name": "Algorithms", "code": "COMP20003", "credit": "12.5", "score": "85", "grade": "H1", "completion_date": "2023"},
        {"name": "Databases", "code": "INFO20003", "grade": "H2A", "completion_date": "2024-06-30"}]}
    value["education_items"][1]["fields"].update({"conferral_year": None, "awaiting_graduation": True})
    value["digital_identity"]["fields"]["date_of_birth"] = "1990-05-17"
    value["career_history"]["fields"]["employment"].append(
        {"organisation": "Company B", "role_classification": "Software Engineer", "role_title": "Associate Software Engineer",
         "start_date": "2020-01", "end_date": "2023-12", "last_processed_month": "2024-01"})
    return value


class Browser:
    def __init__(self, work, name):
        self.profile = os.path.join(work, name)
        self.log = open(os.path.join(work, name + ".log"), "w+")
        self.driver = subprocess.Popen([DRIVER, "--port=0"], stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        def port():
            self.log.seek(0)
            found = re.search(r"on port (\d+)\.", self.log.read())
            return found and int(found.group(1))
        self.base = f"http://127.0.0.1:{wait_for('chromedriver', port)}"
        options = {"binary": BROWSER, "args": FLAGS + ["--user-data-dir=" + self.profile, "--window-size=1280,800"]}
        answer = http("POST", self.base + "/session",
                      {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}})
        self.session = self.base + "/session/" + answer["value"]["sessionId"]

    def call(self, method, path, body=None):
        return http(method, self.session + path, body)["value"]

    def view(self):
        found = self.call("POST", "/elements", {"using": "css selector", "value": "main#main"})
        return found and self.call("GET", f"/element/{found[0][ELEMENT]}/attribute/data-view")

    def shot(self, name, width, height, at=None):
        # The viewport itself gets the size (a window's size would include the browser's frame).
        self.call("POST", "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride", "params": {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}})
        script = ("document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); window.scrollBy(0, -16); return 1;" if at
                  else "window.scrollTo(0, 0); return 1;")
        self.call("POST", "/execute/sync", {"script": script, "args": [at] if at else []})
        path = os.path.join(SCREENS, f"{name}-{width}x{height}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.call("GET", "/screenshot")))
        print("wrote", os.path.relpath(path, ROOT))

    def close(self):
        http("DELETE", self.session)
        self.driver.terminate()
        self.driver.wait(timeout=30)


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"{BINARY} is not built: swift build -c release --product seekpass-composer")
    if not BROWSER or not DRIVER:
        sys.exit("chromium and chromedriver are needed: apt-get install chromium chromium-driver")
    work = tempfile.mkdtemp(prefix="holder-screens-")
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=work + "/config", XDG_STATE_HOME=work + "/state",
               XDG_DATA_HOME=work + "/data", XDG_CACHE_HOME=work + "/cache", LANG="C.UTF-8")
    env.pop("SEEK_PASS_URL", None)
    log = open(os.path.join(work, "sandbox.log"), "w+")
    sandbox = subprocess.Popen([BINARY, "sandbox", "--port", "0"], stdout=log, stderr=subprocess.STDOUT, env=env,
                               start_new_session=True)
    browsers = []
    try:
        def listening():
            log.seek(0)
            found = re.search(r"listening on (http://\S+)", log.read())
            return found and found.group(1)
        url = wait_for("the sandbox", listening)
        wait_for("the session file", lambda: os.path.exists(work + "/state/seekpass-composer/sandbox-session.json"))
        value = batch()
        payload = os.path.join(work, "batch.json")
        with open(payload, "w") as f:
            json.dump(value, f, indent=2)
        assets, args = [], []
        for section in ("microcredential_items", "education_items", "universal_credential_items"):
            for item in value[section]:
                for asset in item.get("assets", []):
                    name, kind, fields = asset["asset_id"], asset["asset_type"], item["fields"]
                    title = fields.get("microcredential_name") or fields.get("course_name") or fields.get("credential_name")
                    path = os.path.join(work, name + "." + kind)
                    with open(path, "wb") as f:
                        f.write(png(320, 200) if kind == "png" else pdf(title))
                    assets.append(name)
                    args += ["--asset", f"{name}={path}"]
        def submit(only):
            run = subprocess.run([BINARY, "submit", payload, "--sandbox-url", url] + args + [a for o in only for a in ("--only", o)],
                                 env=env, capture_output=True, text=True)
            return run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
        # Two files arrive, the third is dropped on every attempt, the fourth is never sent.
        redirect = submit(assets[:2])
        if "#" not in redirect:
            sys.exit("submit printed no redirect URI")
        http("POST", url + "/_sandbox/faults", {"drop_upload_rate": 1})
        submit([assets[2]])
        http("POST", url + "/_sandbox/faults", {"drop_upload_rate": 0})

        holder = Browser(work, "holder")
        browsers.append(holder)
        holder.call("POST", "/url", {"url": redirect})
        wait_for("the offer", lambda: holder.view() == "offer")
        holder.shot("holder-offer", 390, 844)
        holder.shot("holder-offer", 1280, 800)
        holder.shot("holder-files", 390, 844, at='li.file[data-state="failed"]')
        holder.shot("holder-files", 1280, 800, at='li.file[data-state="failed"]')
        accept = holder.call("POST", "/element", {"using": "css selector", "value": "button[value=accept]"})[ELEMENT]
        holder.call("POST", f"/element/{accept}/click", {})
        wait_for("the wallet", lambda: holder.view() == "wallet")
        holder.shot("holder-wallet", 390, 844)
        holder.shot("holder-wallet", 1280, 800)

        other = Browser(work, "second-visitor")
        browsers.append(other)
        other.call("POST", "/url", {"url": redirect})
        wait_for("the already-added page", lambda: other.view() == "already-added")
        other.shot("holder-already-added", 390, 844)
    finally:
        for browser in browsers:
            try:
                browser.close()
            except Exception:
                browser.driver.kill()
        sandbox.terminate()
        sandbox.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
