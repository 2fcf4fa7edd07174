"""Dates written in an article: full dates ("20 November 2024", "May 3, 2025", "2025-05-03"),
a news dateline's, and the day a sentence speaks of ("on Tuesday", "yesterday", "the next
day"), counted from the article's date."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..tokens import Sentence

if TYPE_CHECKING:
    from .base import Context

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9})
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DATE_RES = [
    (re.compile(rf"\b(\d{{1,2}}) {_MONTH},? (\d{{4}})\b"), ("d", "m", "y")),
    (re.compile(rf"\b{_MONTH} (\d{{1,2}}),? (\d{{4}})\b"), ("m", "d", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mn", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "mn", "y")),  # "15.04.2024"
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
_TODAY, _YESTERDAY = re.compile(r"\btoday\b"), re.compile(r"\byesterday\b")
_NEXT_DAY = re.compile(r"\b(the next day|a day later|the following day)\b")
_DAY_WORDS = re.compile("|".join(p.pattern for p in (_WEEKDAY, _TODAY, _YESTERDAY, _NEXT_DAY)))  # any of them
_DIGIT = re.compile(r"\d")
# "HOUSTON, April 3, 2023 (wire) - ", "HOUSTON - May 21, 2023 - ", "TSUKUBA, Japan, 20 November 2024 - ", "KOUROU,
# French Guiana, 6 July 2023 - ", "Amsterdam, Rome and Paris, 23 October 2024 - ", "Dubai, United Arab Emirates -
# 15 January 2025: ": a place of capitalised words (its parts set off by commas, slashes or "and"), its date, a dash
_WORD = r"[A-Z][A-Za-z.'’-]*"
_PARTICLE = r"(?:of|de|del|di|da|du|la|le|al|el)"  # "Republic of Korea", "Rio de Janeiro"
_PLACE = rf"{_WORD}(?: (?:{_PARTICLE} )?{_WORD})*(?:(?:,| /| and| &) {_WORD}(?: (?:{_PARTICLE} )?{_WORD})*)*?"
_DATELINE = re.compile(rf"{_PLACE}(?:,| [-–—]| /) (?:\w+day,? )?([^-–—()]{{4,20}}?\d{{4}})"
                       r"(?: \([^()]{1,20}\))? ?(?:[-–—]+ |: )")


HEAD_LINES = 6  # the lines of an article's head, before its body: headline, byline, date
STANDFIRST = 1  # body lines a dateline may follow: "Rocket Lab to launch ... (standfirst)\n\nLONG BEACH, Calif., ..."
HEAD_LINE_WORDS = 10  # a line of the head is short, and no sentence: a sentence that holds a date is not the article's

_TIMELINE = re.compile(rf"[ \t]*(?:[-*•][ \t]*)?((?:\d{{1,2}} {_MONTH},? \d{{4}})|(?:{_MONTH} \d{{1,2}},? \d{{4}})"
                       rf"|(?:\d{{4}}-\d{{2}}-\d{{2}})|(?:\d{{1,2}}(?:[-–]\d{{1,2}})? {_MONTH})|(?:{_MONTH} \d{{1,2}}))"
                       r"[ \t]*[-–—:]")  # a line opening with a date, in full or a day and month: a timeline's entry


_ENTRY = re.compile(rf"[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:\d{{1,2}}(?:[-–]\d{{1,2}})? )?(?:(?P<month>{_MONTH}) )?(?:\d{{1,2}},? )?"
                    r"(?P<year>\d{4})(?:[-–](?P<last>\d{4}))?(?: \([^()]{1,20}\))?[ \t]*[-–—:.](?:\*\*)?[ \t]")  # "April 2022: ",
# "1996-1998 - ", "22 February 2024 - ": a timeline's line that opens with a year, alone or in a date

_DAY_MONTH = [  # a day and month with no year after them: "on 10 October", "Thursday, September 19"
    (re.compile(rf"\b(\d{{1,2}})(?:[-–]\d{{1,2}})? {_MONTH}(?!\w|,? \d{{4}})"), ("d", "m")),  # "15-16 April": the 15th
    (re.compile(rf"\b{_MONTH} (\d{{1,2}})\b(?!,? \d{{4}})"), ("m", "d")),
]
_YEAR_LINE = re.compile(r"^[ \t#]*(\d{4})[ \t]*:?[ \t]*$", re.M)  # a timeline's heading of a year: "2023"
LATER = timedelta(days=31)  # a day and month this long after the article's date was the year before


def dates_in(text: str) -> list[tuple[int, date]]:
    """Full dates written in the text, with their character offsets."""
    if not _DIGIT.search(text):
        return []  # most sentences: no need to try the three patterns
    found = []
    for regex, order in DATE_RES:
        for m in regex.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = int(parts["mn"]) if "mn" in parts else MONTHS[parts["m"].lower().rstrip(".")]
            try:
                found.append((m.start(), date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return sorted(found)


def dateline(text: str) -> tuple[tuple[int, int], date] | None:
    """The date of a news dateline ("TSUKUBA, Japan, 20 November 2024 - ..."), and where it ends;
    else of a line of the article's head that holds little but a date ("Posted 10 February
    2024", "Washington/Cologne, 15 September 2023", "Week ending Sunday, 2 June 2024"), the
    whole line. A dateline is all on one line, with a dash and a space, and opens the body
    or follows its standfirst; a line of the head comes before any sentence. So a timeline's
    first dated line ("10 August 1979") is neither."""
    start = 0
    head: tuple[tuple[int, int], date] | None = None
    sentences = 0  # lines of the body read so far
    for number, line in enumerate(text.split("\n")):
        m = _DATELINE.match(line) if "- " in line or "– " in line or "— " in line else None
        if m:
            found = dates_in(m.group(1))
            return ((start + m.start(), start + m.end()), found[0][1]) if found else None
        sentence = len(line.split()) > HEAD_LINE_WORDS or line.rstrip().endswith(".")
        if head is None and not sentences and number < HEAD_LINES and not sentence:
            found = dates_in(line)
            head = ((start, start + len(line)), found[0][1]) if found else None
        sentences += bool(number and sentence)
        if sentences > STANDFIRST:
            break
        start += len(line) + 1
    return head


def day_written(ctx: Context, sent: Sentence) -> date | None:
    """The date written in the sentence (in full, or a day and month in the year of the
    timeline or the article: "on 10 October"), else the date its timeline's line opens with."""
    limits = set(ctx.kb.lexicon["date_limits"]["words"])
    found = [(at, d) for at, d in dates_in(sent.text) if not _limit(sent.text, at, limits)]
    start, end = ctx.dateline
    outside = [d for at, d in found if not start <= sent.start_char + at < end]
    if outside:
        return outside[0]  # "PARIS, 15 February 2023 - ... signed yesterday, 14 February 2023": not the dateline's
    if found:  # the dateline's, or the day the sentence names counted back from it ("PARIS, 15 February 2023 -
        # ... signed yesterday"), as sure as a date written
        return day_named(ctx, sent) or found[0][1]
    found_day = _day_of_year(ctx, sent.start_char, sent.text, limits)
    if found_day:
        return found_day
    text = ctx.toks.text
    line = text.rfind("\n", 0, sent.start_char) + 1
    entry = _TIMELINE.match(text, line)
    if entry is None:
        return None
    # a timeline's line: "9 December 2020 - The starting gun. ESA signs a contract ...", or
    # "3 May - The Czech Republic becomes the 24th signatory" under a heading "2023"
    found = dates_in(entry.group(1))
    return found[0][1] if found else _day_of_year(ctx, line, entry.group(1), limits)


def entry_date(text: str, at: int) -> tuple[int, int] | None:
    """(year, month or 0) of the date that the timeline's line holding character `at` opens
    with ("April 2022: The spacecraft arrives", "2011-2020. With the shuttle retired": the
    span's last year; "3 May - " under a heading "2023"); None where the line opens with no
    date."""
    line = text.rfind("\n", 0, at) + 1
    entry = _ENTRY.match(text, line)
    if entry is None:
        if _TIMELINE.match(text, line) is None:
            return None
        headings = list(_YEAR_LINE.finditer(text, 0, line))  # "April 20 - " under a heading "2023"
        return (int(headings[-1].group(1)), 0) if headings else None
    month = entry.group("month")
    if entry.group("last") or not month:
        return int(entry.group("last") or entry.group("year")), 0
    return int(entry.group("year")), MONTHS[month.lower().rstrip(".")]


def day_named(ctx: Context, sent: Sentence) -> date | None:
    """The day the sentence names: a day of the week ("on Tuesday"), "today" or "yesterday",
    counted back from the article's date, else the day after the last date written before
    it ("the next day")."""
    low = sent.text.lower()
    if not _DAY_WORDS.search(low):
        return None  # most sentences: no need to try the four patterns
    if ctx.today:
        days = {WEEKDAYS.index(m.group(1)) for m in _WEEKDAY.finditer(low)}
        if days:  # the first day of the week named
            return ctx.today - timedelta(days=(ctx.today.weekday() - min(days)) % 7)
        if _TODAY.search(low):
            return ctx.today
        if _YESTERDAY.search(low):
            return ctx.today - timedelta(days=1)
    last = ctx.date_before(sent) if _NEXT_DAY.search(low) else None
    if last:
        return last + timedelta(days=1)
    return None


def _limit(text: str, at: int, limits: set[str]) -> bool:
    """The date at character `at` ends a period or sets a deadline: a word of `limits`
    comes before it ("valid until 31 March 2027", "to launch by 1 December 2027", "through
    the end of"), so it is no day anything was signed."""
    words = text[:at].lower().split()
    while words and words[-1] in ("the", "on"):
        words.pop()
    return bool(words) and words[-1] in limits


def _day_of_year(ctx: Context, at: int, text: str, limits: set[str]) -> date | None:
    """The first day and month written in the text with no year ("on 10 October"), in the
    year of the timeline's heading before character `at` ("2023" on a line of its own), else
    in the article's year (the year before, for a day well after the article's date); not
    one that ends a period (`_limit`)."""
    if not _DIGIT.search(text):
        return None
    found = sorted((m.start(), dict(zip(order, m.groups()))) for regex, order in _DAY_MONTH for m in regex.finditer(text)
                   if not _limit(text, m.start(), limits))
    if not found:
        return None
    parts = found[0][1]
    month, day = MONTHS[parts["m"].lower().rstrip(".")], int(parts["d"])
    headings = [m for m in _YEAR_LINE.finditer(ctx.toks.text, 0, at)]
    year = int(headings[-1].group(1)) if headings else ctx.today.year if ctx.today else None
    if year is None:
        return None
    if not headings and ctx.today and (month, day) > (ctx.today + LATER).timetuple()[1:3] \
            and (ctx.today + LATER).year == year:
        year -= 1  # "on 14 December" in an article of 5 January
    try:
        return date(year, month, day)
    except ValueError:
        return None
