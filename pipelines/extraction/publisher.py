"""The publishing outlet: an article that credits itself ("This is reported by Censor.NET." on censor.net, "UNN
reports" on unn.ua) tells its own news, which is no one's statement (the conventions' page furniture)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from pipelines.extraction.records import Statement


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def publisher_keys(url: str | None) -> set[str]:
    """The outlet's name as its address spells it: "censor.net" -> {"censor", "censornet"}; "www.kyivpost.com" ->
    {"kyivpost", "kyivpostcom"}. Empty when the address is unknown."""
    host = urlsplit(url or "").hostname or ""
    host = re.sub(r"^(?:www\d?|m|en|eng|english|mobile|amp)\.", "", host)
    if not host or "." not in host:
        return set()
    keys = {_key(host.split(".")[0]), _key(host)}
    return {k for k in keys if len(k) >= 3}


def drop_publisher(statements: list[Statement], url: str | None) -> list[Statement]:
    """``statements`` without those whose speaker is the outlet that published the article."""
    keys = publisher_keys(url)
    if not keys:
        return statements
    return [s for s in statements if _key(s.speaker) not in keys]
