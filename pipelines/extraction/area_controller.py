"""Area claims, stage 4: the controller, the side that holds (or took, or lost) a figure's ground.

The patterns the controller reading uses beside ``sides.py``: an official's "they took 430 sq km" (the other
side), "all but four settlements" and "less than 60 sq km remain" (what the other side holds).
"""
from __future__ import annotations

import re

_THEY_SUBJECT = re.compile(r"\bthey\s+(?:have\s+|had\s+|now\s+|also\s+|already\s+)*$", re.IGNORECASE)
_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)
_REMAIN_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:remain|remains|remaining|are\s+left|is\s+left)\b(?!\s+(?:under|in)\b)",
                           re.IGNORECASE)
