#!/usr/bin/env python3
"""Signs in to Peace Operations Record the whole way, as a person with an authenticator app would, for the drills and
other scripts: the password, then whatever the account's next step is — a new password in place of a temporary one,
setting up the second factor (the app's secret is kept in STATE), or a code computed from the kept secret (RFC 6238).

    from signin import SignIn
    session = SignIn(base, username, password, state_path)   # an opener with the signed-in cookies
    ops/signin.py BASE USERNAME PASSWORD STATE COOKIES       # the same, writing a cookie jar curl reads (-b COOKIES)

STATE (JSON, keep it private) remembers each account's current password and TOTP secret, so the next sign-in of the
same account goes through: the first one replaces a temporary password with PASSWORD + " (set by ops/signin.py)".
"""
import base64
import hashlib
import hmac
import http.cookiejar
import json
import os
import re
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def totp(secret, at=None):
    key = base64.b32decode(secret + "=" * ((8 - len(secret) % 8) % 8))
    step = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class SignIn:
    def __init__(self, base, username, password, state_path, jar=None):
        self.base = base.rstrip("/")
        self.username = username
        self.state_path = state_path
        self.jar = jar if jar is not None else http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)
        self.state = json.load(open(state_path)) if os.path.exists(state_path) else {}
        self.account = self.state.setdefault(username, {"password": password})

    def request(self, path, form=None, timeout=10):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(urllib.request.Request(self.base + path, data=data), timeout=timeout) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode(errors="replace")
        except Exception as e:  # refused, reset, timed out: no answer at all
            return None, {}, str(e)

    @staticmethod
    def token(html):
        match = re.search(r'name="_csrf" value="([^"]+)"', html or "")
        return match.group(1) if match else None

    def _save(self):
        with open(self.state_path, "w") as out:
            json.dump(self.state, out)
        os.chmod(self.state_path, 0o600)

    def _path(self, location):
        return urllib.parse.urlsplit(location).path if location else ""

    def sign_in(self, attempts=60):
        """Signs in (retrying while the application does not answer); returns where it landed, raises if refused."""
        for _ in range(attempts):
            status, _, html = self.request("/login")
            if status == 200 and self.token(html):
                break
            time.sleep(0.5)
        status, headers, _ = self.request("/login", {"username": self.username, "password": self.account["password"],
                                                     "_csrf": self.token(html)})
        location = self._path(headers.get("Location"))
        for _ in range(5):
            if location.endswith("/login/second-factor"):
                _, _, page = self.request("/login/second-factor")
                code = totp(self.account["secret"])
                if self.account.get("last_code") == code:  # each code counts once: wait for the next
                    time.sleep(30 - time.time() % 30 + 1)
                    code = totp(self.account["secret"])
                self.account["last_code"] = code
                _, headers, _ = self.request("/login/second-factor", {"code": code, "_csrf": self.token(page)})
            elif location.endswith("/account/password"):
                _, _, page = self.request("/account/password")
                new = self.account["password"] + " (set by ops/signin.py)"
                _, headers, _ = self.request("/account/password", {
                    "currentPassword": self.account["password"], "newPassword": new, "confirmation": new,
                    "_csrf": self.token(page)})
                self.account["password"] = new
            elif location.endswith("/account/second-factor"):
                _, _, page = self.request("/account/second-factor")
                secret = re.search(r'enrol-secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
                _, _, codes = self.request("/account/second-factor",
                                           {"code": totp(secret), "_csrf": self.token(page)})
                self.account["secret"] = secret
                self.account["last_code"] = totp(secret)
                self.account["recovery_codes"] = re.findall(r"<code>([A-Z0-9]{5}-[A-Z0-9]{5})</code>", codes)
                self._save()
                return "/admin"
            else:
                break
            self._save()
            location = self._path(headers.get("Location"))
        self._save()
        if "/login" in location:
            raise RuntimeError(f"sign-in of {self.username} refused at {location}")
        return location


if __name__ == "__main__":
    base, username, password, state_path, cookies = sys.argv[1:6]
    jar = http.cookiejar.MozillaCookieJar(cookies)
    print(SignIn(base, username, password, state_path, jar).sign_in())
    for cookie in jar:
        if cookie.expires is None:
            cookie.expires = 0  # curl reads 0, not an empty field, as "until the browser closes"
    jar.save(ignore_discard=True, ignore_expires=True)
