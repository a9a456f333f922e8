"""What stands between the network and the knowledge base: the host check, the access token and
the security headers on every response.

* Bound to a loopback address, the page answers only requests whose Host is a loopback name
  (a DNS-rebinding page cannot read it through another name).
* Bound elsewhere, every request must carry the token: an `Authorization: Bearer` header, the
  `polkb_token` cookie, or `?token=` once (answered with a redirect that sets the cookie and drops
  the token from the address bar).
* Every response carries a Content-Security-Policy without inline scripts or outside sources, so a
  document's hostile text cannot run even if it ever escaped the templates.
"""
from __future__ import annotations

import hmac
import ipaddress
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")
COOKIE = "polkb_token"

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(value: str) -> str:
    """The name part of a Host header ("127.0.0.1:8000" -> "127.0.0.1", "[::1]:80" -> "::1")."""
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


async def _send_plain(send, status: int, text: str, extra=()):
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *HEADERS, *extra]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: host check (loopback binding) or token check (any other binding), and the
    security headers. A response may set its own Content-Security-Policy (originals do)."""

    def __init__(self, app, token: str | None = None, local_only: bool = True):
        self.app = app
        self.token = token
        self.local_only = local_only

    def _token_ok(self, scope) -> bool:
        headers = dict(scope.get("headers") or ())
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth.lower().startswith("bearer ") and hmac.compare_digest(auth[7:].strip(), self.token):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
        except Exception:
            return False
        sent = cookie.get(COOKIE)
        return sent is not None and hmac.compare_digest(sent.value, self.token)

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or ())
        if self.local_only and not is_loopback(_host_name(headers.get(b"host", b"").decode("latin-1"))):
            return await _send_plain(send, 400, "Invalid host header: this page answers on 127.0.0.1 "
                                     "and localhost only.")
        if self.token is not None and not self._token_ok(scope):
            query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
            given = next((v for k, v in query if k == "token"), None)
            if given is not None and hmac.compare_digest(given, self.token):
                rest = urlencode([(k, v) for k, v in query if k != "token"])
                location = scope.get("root_path", "") + scope["path"] + (f"?{rest}" if rest else "")
                cookie = f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
                return await _send_plain(send, 303, "", [(b"location", location.encode("latin-1")),
                                                         (b"set-cookie", cookie.encode("latin-1"))])
            return await _send_plain(send, 401, "Token required: open the address polkb serve printed "
                                     "(with ?token=…), or send 'Authorization: Bearer <token>'.",
                                     [(b"www-authenticate", b"Bearer")])

        async def with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in have]
                if b"content-security-policy" not in have:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
