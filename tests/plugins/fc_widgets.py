"""A test extractor: "N widgets" is a count of widgets. Lets engine tests control claims exactly."""

from __future__ import annotations

from decimal import Decimal

import regex

import factcheck

_WIDGETS = regex.compile(r"(\d+) widgets")


@factcheck.hookimpl
def factcheck_extract(document: factcheck.Document) -> list[factcheck.Claim]:
    text = document.version.text
    claims = []
    for match in _WIDGETS.finditer(text, document.version.body_start):
        value = Decimal(match.group(1))
        sentence = document.sentence_at(match.start())
        claims.append(
            factcheck.Claim(
                version=document.version.path,
                kind="count",
                text=match.group(0),
                start=match.start(),
                end=match.end(),
                value=value,
                unit="widgets",
                low=value,
                high=value,
                zone=document.zone_at(match.start()) or "body",
                sentence=(sentence.start, sentence.end) if sentence else None,
            )
        )
    return claims
