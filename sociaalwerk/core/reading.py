"""Reading time and excerpts: how long an article takes and how it is summarised."""

import html
import re
import unicodedata

from django.utils.html import strip_tags

# Words per minute of an adult reading non-fiction on a screen; the real site's reading
# times ("2 minuten lezen" for 541 words) fit this speed.
READING_SPEED = 250
EXCERPT_LENGTH = 150

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Where one block of rich text ends; a space keeps its last word apart from the next.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def count_words(*texts):
    """The number of words in ``texts`` (plain text, HTML tags already removed)."""
    return sum(len(WORD.findall(text)) for text in texts if text)


def reading_minutes(words, speed=READING_SPEED):
    """Minutes to read ``words`` words, rounded to the nearest minute and at least one."""
    return max(1, int(words / speed + 0.5))


def excerpt(text, length=EXCERPT_LENGTH):
    """``text`` cut at a word boundary to at most ``length`` characters, "…" included.

    Text that fits is returned whole, without the ellipsis. Only a first word longer
    than ``length`` is cut inside, and then never between a letter and its accent.
    """
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]  # room for the ellipsis
    if " " in cut:
        if not text[len(cut)].isspace():
            cut = cut.rsplit(" ", 1)[0]
    else:
        while cut and unicodedata.combining(text[len(cut)]):
            cut = cut[:-1]
    return cut.rstrip(" ,;:.-–—") + "…"


def plain_text(rich_text):
    """The text of rich-text HTML: tags removed, entities decoded, blocks kept apart."""
    spaced = BLOCK_END.sub(lambda match: match.group(0) + " ", rich_text)
    return " ".join(html.unescape(strip_tags(spaced)).split())
