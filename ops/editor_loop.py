#!/usr/bin/env python3
"""An editor saving in a loop, for the drills (ops/drills.sh): signs in through BASE, then creates missions with
unique acronyms one after another until DURATION seconds have passed, and writes the acronym of every save the
application acknowledged (a redirect to the new record) to ACKED, one per line, and a summary to stdout.

    ops/editor_loop.py BASE USERNAME PASSWORD DURATION ACKED PREFIX
"""
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

base, username, password, duration, acked_path, prefix = sys.argv[1:7]
duration = float(duration)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def request(path, form=None, timeout=10):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with opener.open(urllib.request.Request(base + path, data=data), timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode(errors="replace")
    except Exception as e:  # refused, reset, timed out: no answer at all
        return None, {}, str(e)


def token(html):
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    return match.group(1) if match else None


def sign_in():
    while True:
        status, _, html = request("/login")
        if status == 200 and token(html):
            status, headers, _ = request("/login", {"username": username, "password": password, "_csrf": token(html)})
            if status == 302 and "error" not in headers.get("Location", ""):
                return
        time.sleep(0.5)


sign_in()
outcomes = {}
slowest = 0.0
n = 0
started = time.time()
with open(acked_path, "w") as acked:
    while time.time() - started < duration:
        status, _, html = request("/admin/missions/new")
        if status != 200 or not token(html):
            outcomes[f"form {status}"] = outcomes.get(f"form {status}", 0) + 1
            if status == 302:
                sign_in()
            time.sleep(0.2)
            continue
        n += 1
        acronym = f"{prefix}{n:05d}"
        form = {"_csrf": token(html), "acronym": acronym, "name": f"Drill mission {acronym}", "kind": "OFFICE",
                "start.year": "2020", "passages[0].number": "27"}
        before = time.time()
        status, headers, _ = request("/admin/missions", form)
        slowest = max(slowest, time.time() - before)
        location = headers.get("Location", "") if headers else ""
        if status == 302 and re.search(r"/admin/missions/\d+/edit", location):
            acked.write(acronym + "\n")
            acked.flush()
            outcomes["saved"] = outcomes.get("saved", 0) + 1
        else:
            outcomes[f"save {status}"] = outcomes.get(f"save {status}", 0) + 1
            time.sleep(0.2)
print(f"saves tried {n}; outcomes {outcomes}; slowest answer to a save {slowest:.1f} s")
