"""Fetching pages and feeds from the open web, within limits.

Only http/https; bounded size, time and redirects; private, loopback and link-local
addresses are refused unless their host is explicitly allowed (the user named it, or
configuration lists it), so a hostile feed cannot make us read internal services.

The time limit is a deadline for the whole response, redirects included: a socket timeout applies
to each read, so a server sending one byte a second would otherwise hold a run for as long as it likes.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_S = 10.0
MAX_REDIRECTS = 5
USER_AGENT = "claimwatch/0.1 (+https://example.org/claimwatch)"


class FetchError(Exception):
    """A fetch that failed for a reason worth recording in quarantine."""


@dataclass
class FetchPolicy:
    # rules for addresses that may be private or loopback: "http://host:port" (that scheme, host and port),
    # "host:port" (either scheme), or "host" (its default ports only, 80 and 443); see allows()
    allowed: set[str] = field(default_factory=set)
    max_bytes: int = MAX_BYTES
    timeout_s: float = TIMEOUT_S
    max_redirects: int = MAX_REDIRECTS


@dataclass(frozen=True)
class Fetched:
    url: str            # final URL after redirects
    content: bytes
    content_type: str


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> str:
    """scheme://host:port, the unit an allow rule names (the rule for a URL given on the command line)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}:{parts.port or _DEFAULT_PORTS.get(parts.scheme, 0)}"


def allows(rule: str, url: str) -> bool:
    """Whether an allow rule covers this URL: scheme, host and port must all match. A service on another
    port of an allowed host (a database console, an admin API) is another service, and stays refused."""
    parts = urlsplit(url)
    scheme, host, port = parts.scheme, parts.hostname, parts.port or _DEFAULT_PORTS.get(parts.scheme, 0)
    rule = rule.strip().lower()
    if "://" in rule:
        r = urlsplit(rule)
        return (r.scheme, r.hostname, r.port or _DEFAULT_PORTS.get(r.scheme, 0)) == (scheme, host, port)
    r_host, _, r_port = rule.rpartition(":") if rule.count(":") == 1 else (rule, "", "")
    if r_port:
        return r_port.isdigit() and (r_host, int(r_port)) == (host, port)
    return r_host == host and port == _DEFAULT_PORTS.get(scheme)


def _check_url(url: str, policy: FetchPolicy) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refused scheme {parts.scheme or '(none)'!r}: only http and https are fetched")
    host = parts.hostname
    if not host:
        raise FetchError(f"no host in URL {url!r}")
    if any(allows(rule, url) for rule in policy.allowed):
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            raise FetchError(
                f"refused private/loopback address {addr} for {origin_of(url)} "
                "(allow it with CLAIMWATCH_ALLOW_HOSTS=scheme://host:port if it is yours)"
            )


def fetch(url: str, policy: FetchPolicy) -> Fetched:
    """GET a URL with redirects followed by hand, each hop checked against the policy, all within one deadline."""
    session = requests.Session()
    deadline = time.monotonic() + policy.timeout_s
    current = url
    try:
        for _hop in range(policy.max_redirects + 1):
            _check_url(current, policy)
            got = _get_one(session, current, policy, deadline)
            if isinstance(got, Fetched):
                return got
            current = got
    finally:
        session.close()
    raise FetchError(f"more than {policy.max_redirects} redirects starting at {url}")


def _timed_out(policy: FetchPolicy, url: str) -> FetchError:
    return FetchError(f"timed out after {policy.timeout_s:g}s fetching {url} (the limit is for the whole response)")


def _get_one(session: requests.Session, current: str, policy: FetchPolicy, deadline: float) -> Fetched | str:
    """One request: the page, or the URL a redirect points to."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timed_out(policy, current)
    try:
        resp = session.get(current, stream=True, allow_redirects=False, timeout=remaining,
                           headers={"User-Agent": USER_AGENT})
    except requests.Timeout as exc:
        raise _timed_out(policy, current) from exc
    except requests.RequestException as exc:
        raise FetchError(f"could not fetch {current}: {exc.__class__.__name__}: {exc}") from exc
    with resp:
        if resp.is_redirect or resp.status_code in (301, 302, 303, 307, 308):
            location = resp.headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {resp.status_code} redirect without Location at {current}")
            return urljoin(current, location)
        if resp.status_code >= 400:
            raise FetchError(f"HTTP {resp.status_code} fetching {current}")
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > policy.max_bytes:
            raise FetchError(f"response of {int(declared)} bytes exceeds the {policy.max_bytes}-byte limit: {current}")
        # At the deadline a watchdog shuts the socket down, which ends a read blocked on a trickling server.
        watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _shutdown, [resp])
        watchdog.daemon = True
        watchdog.start()
        chunks, size = [], 0
        try:
            for chunk in resp.iter_content(64 * 1024):
                if time.monotonic() >= deadline:
                    raise _timed_out(policy, current)
                size += len(chunk)
                if size > policy.max_bytes:
                    raise FetchError(f"response exceeds the {policy.max_bytes}-byte limit: {current}")
                chunks.append(chunk)
        except requests.RequestException as exc:
            if time.monotonic() >= deadline:
                raise _timed_out(policy, current) from exc
            raise FetchError(f"could not read {current}: {exc.__class__.__name__}") from exc
        finally:
            watchdog.cancel()
        if time.monotonic() >= deadline:
            raise _timed_out(policy, current)  # cut short by the watchdog: never a truncated page
        return Fetched(url=current, content=b"".join(chunks), content_type=resp.headers.get("Content-Type", ""))


def _shutdown(resp: requests.Response) -> None:
    sock = _socket_of(resp)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: the read has ended anyway


def _socket_of(resp: requests.Response) -> socket.socket | None:
    """The response's socket: urllib3 keeps it on the connection, unless the server closes after the response
    (HTTP/1.0, `Connection: close`), when only http.client's reader holds it. Private attributes, read
    defensively: without a socket, the deadline is still checked after every chunk."""
    sock = getattr(getattr(resp.raw, "connection", None), "sock", None)
    if sock is None:
        reader = getattr(getattr(resp.raw, "_fp", None), "fp", None)
        sock = getattr(getattr(reader, "raw", None), "_sock", None)
    return sock
