"""The records that flow between the steps: an article, the things and facts read from it."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date


def slug(text: str, limit: int = 80) -> str:
    """A readable, stable IRI segment: ASCII letters, digits and hyphens."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text.lower()).strip("-")
    if len(text) > limit:
        text = text[:limit].rstrip("-") + "-" + digest(text, 8)
    return text or "x"


def digest(text: str, size: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


@dataclass(frozen=True)
class Article:
    """One source document, its text as read and what is known about it."""

    text: str
    title: str
    source: str  # file path, URL or "-" for stdin
    url: str | None = None
    published: date | None = None

    @cached_property
    def id(self) -> str:
        """Stable id: a slug of the source's name and a hash of the URL and the text (made
        once). Both: two different texts under one URL (an updated page, two records that
        share a canonical link) are two articles, never one with two titles; the same text
        at two URLs is two reports of it."""
        stem = re.sub(r"\.[A-Za-z0-9]+$", "", re.split(r"[\\/]", self.source.rstrip("/"))[-1])
        name = stem if stem and stem != "-" else self.title
        key = "\n".join((self.url, self.text)) if self.url else self.text
        return f"{slug(name, 60)}-{digest(key)}"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a sentence and its character offsets in the article."""

    sentence: str
    start: int
    end: int


@dataclass
class Thing:
    """Something the article names (or describes): a node of the graph."""

    cls: str  # core class local name, e.g. "SpaceAgency"
    label: str
    key: str  # identity within its class path: a slug of the canonical name
    alt_labels: set[str] = field(default_factory=set)
    same_as: set[str] = field(default_factory=set)
    extra_classes: set[str] = field(default_factory=set)
    local: bool = False  # unnamed: its IRI includes the article id

    def names(self) -> set[str]:
        return {self.label, *self.alt_labels}

    def short_name(self) -> str:
        """Its shortest name, the first in order of those as short: how a label of several
        things names it ("Contract between ESA and Thales Alenia")."""
        return min(self.names(), key=lambda n: (len(n), n))

    def classes(self) -> set[str]:
        """Its class and the others the article gives it."""
        return {self.cls, *self.extra_classes}


@dataclass(frozen=True)
class Fact:
    """subject property object; object is a Thing id or a literal (str or date)."""

    subject: str
    prop: str  # core property local name
    obj: str | date
    evidence: Evidence
    literal: bool = False
    rule: str = ""  # the rule that read it, named in the fact's provenance

    @property
    def target(self) -> str:
        """The thing the fact links to: its object, for a fact that is not a literal."""
        if self.literal or not isinstance(self.obj, str):
            raise ValueError(f"{self.prop} of {self.subject} is a literal, not a thing")
        return self.obj


@dataclass
class Extraction:
    """What was read from one article."""

    article: Article
    things: dict[str, Thing] = field(default_factory=dict)  # thing id -> Thing
    facts: list[Fact] = field(default_factory=list)
