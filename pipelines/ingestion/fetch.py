"""Fetching pages and feeds from the open web, within limits.

Only http/https; bounded size, time and redirects; private, loopback and link-local
addresses are refused unless their host is explicitly allowed (the user named it, or
configuration lists it), so a hostile feed cannot make us read internal services.
"""
from __future__ import annotations

import ipaddress
import socket
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
    allowed_hosts: set[str] = field(default_factory=set)  # hosts that may resolve to private addresses
    max_bytes: int = MAX_BYTES
    timeout_s: float = TIMEOUT_S
    max_redirects: int = MAX_REDIRECTS


@dataclass(frozen=True)
class Fetched:
    url: str            # final URL after redirects
    content: bytes
    content_type: str


def _check_url(url: str, policy: FetchPolicy) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refused scheme {parts.scheme or '(none)'!r}: only http and https are fetched")
    host = parts.hostname
    if not host:
        raise FetchError(f"no host in URL {url!r}")
    if host in policy.allowed_hosts:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            raise FetchError(
                f"refused private/loopback address {addr} for host {host!r} "
                "(allow it with CLAIMWATCH_ALLOW_HOSTS if it is yours)"
            )


def fetch(url: str, policy: FetchPolicy) -> Fetched:
    """GET a URL with redirects followed by hand, each hop checked against the policy."""
    session = requests.Session()
    current = url
    for _hop in range(policy.max_redirects + 1):
        _check_url(current, policy)
        try:
            resp = session.get(
                current, stream=True, allow_redirects=False, timeout=policy.timeout_s,
                headers={"User-Agent": USER_AGENT},
            )
        except requests.Timeout as exc:
            raise FetchError(f"timed out after {policy.timeout_s:.0f}s fetching {current}") from exc
        except requests.RequestException as exc:
            raise FetchError(f"could not fetch {current}: {exc.__class__.__name__}: {exc}") from exc
        with resp:
            if resp.is_redirect or resp.status_code in (301, 302, 303, 307, 308):
                location = resp.headers.get("Location")
                if not location:
                    raise FetchError(f"HTTP {resp.status_code} redirect without Location at {current}")
                current = urljoin(current, location)
                continue
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} fetching {current}")
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                raise FetchError(f"response of {int(declared)} bytes exceeds the {policy.max_bytes}-byte limit: {current}")
            chunks, size = [], 0
            try:
                for chunk in resp.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > policy.max_bytes:
                        raise FetchError(f"response exceeds the {policy.max_bytes}-byte limit: {current}")
                    chunks.append(chunk)
            except requests.RequestException as exc:
                raise FetchError(f"could not read {current}: {exc.__class__.__name__}") from exc
            return Fetched(url=current, content=b"".join(chunks), content_type=resp.headers.get("Content-Type", ""))
    raise FetchError(f"more than {policy.max_redirects} redirects starting at {url}")
