#!/usr/bin/env python3
"""An editor saving in a loop, for the drills (ops/drills.sh): signs in through BASE, then creates missions with
unique acronyms one after another until DURATION seconds have passed, and writes the acronym of every save the
application acknowledged (a redirect to the new record) to ACKED, one per line, and a summary to stdout.

    ops/editor_loop.py BASE USERNAME PASSWORD DURATION ACKED PREFIX [STATE]

It signs in the whole way with ops/signin.py (second factor included); STATE is that helper's state file (default
signin-state.json beside ACKED).
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from signin import SignIn  # noqa: E402

base, username, password, duration, acked_path, prefix = sys.argv[1:7]
state = sys.argv[7] if len(sys.argv) > 7 else os.path.join(os.path.dirname(os.path.abspath(acked_path)),
                                                         "signin-state.json")
duration = float(duration)
session = SignIn(base, username, password, state)
request = session.request
token = SignIn.token


def sign_in():
    while True:
        try:
            session.sign_in()
            return
        except RuntimeError:
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
