"""The rich-text feature sets of the site, named once: every rich-text field and block
chooses one of these."""

# A sentence or two: introductions, thank-you texts, leads.
INLINE = ["bold", "italic", "link"]
# An introduction that may list what something offers.
INLINE_WITH_LIST = [*INLINE, "ul"]
# Running text: paragraphs with lists and links to documents.
TEXT = [*INLINE, "ol", "ul", "document-link"]
# Running text with its own headings (the page title is the only level 1).
TEXT_WITH_HEADINGS = ["h2", "h3", *TEXT]
