"""Pictures for the demo, drawn on the spot with Pillow, so the demo needs no binary
files and nothing has to be downloaded: abstract compositions of circles, arcs, bands
and dots in the house colours. The same seed always gives the same picture.

They show nothing, so the demo leaves their description empty and the site shows them
as decoration (``alt=""``); a photo an editor uploads gets a description in Dutch.
"""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

# The brand colour of site.css (--color-brand, --color-brand-dark, --color-subtle,
# --color-border) and two tints of it, so the pictures belong to the site.
BRAND = (138, 21, 56)
BRAND_DARK = (94, 14, 38)
SUBTLE = (245, 241, 238)
BORDER = (217, 210, 204)
ROSE = (201, 106, 133)
BLUSH = (236, 196, 204)
BACKGROUNDS = (SUBTLE, BRAND, BLUSH, BRAND_DARK)
SHAPES = (BRAND, BRAND_DARK, ROSE, BLUSH, SUBTLE, BORDER)

WIDTH, HEIGHT = 960, 540  # 16:9, the shape of the cards and lead images
SCALE = 2  # drawn twice as large, then scaled down: smooth edges


def composition(seed, width=WIDTH, height=HEIGHT):
    """A PIL image for ``seed``: a background, two or three large circles partly off
    the edge, an arc, a band and a grid of dots."""
    rng = random.Random(seed)  # noqa: S311 - pictures, not secrets: repeatable by design
    w, h = width * SCALE, height * SCALE
    background = rng.choice(BACKGROUNDS)
    colours = [colour for colour in SHAPES if colour != background]
    canvas = Image.new("RGB", (w, h), background)
    draw = ImageDraw.Draw(canvas)

    for _ in range(rng.randint(2, 3)):
        radius = rng.uniform(0.25, 0.55) * h
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice(colours))

    band_y = rng.uniform(0.55, 0.8) * h
    band_height = rng.uniform(0.06, 0.12) * h
    band_x = rng.uniform(-0.2, 0.3) * w
    draw.rounded_rectangle(
        (band_x, band_y, band_x + rng.uniform(0.4, 0.7) * w, band_y + band_height),
        radius=band_height / 2,
        fill=rng.choice(colours),
    )

    radius = rng.uniform(0.2, 0.35) * h
    x, y = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    start = rng.choice((0, 90, 180, 270))
    draw.arc(
        (x - radius, y - radius, x + radius, y + radius),
        start,
        start + 180,
        fill=rng.choice(colours),
        width=int(0.035 * h),
    )

    dot = 0.012 * h
    step = 0.06 * h
    left, top = rng.uniform(0.05, 0.7) * w, rng.uniform(0.05, 0.6) * h
    dot_colour = rng.choice(colours)
    for row in range(4):
        for column in range(6):
            cx, cy = left + column * step, top + row * step
            draw.ellipse((cx - dot, cy - dot, cx + dot, cy + dot), fill=dot_colour)

    return canvas.resize((width, height), Image.Resampling.LANCZOS)


def png_bytes(seed, width=WIDTH, height=HEIGHT):
    buffer = io.BytesIO()
    composition(seed, width, height).save(buffer, format="PNG")
    return buffer.getvalue()


def demo_image(title, seed, description=""):
    """The library image called ``title``, drawn from ``seed`` if it is missing.

    ``description`` is the alt text: leave it empty for the abstract pictures, which
    are decoration; give it (in Dutch) for a picture that shows something.
    """
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(title=title, description=description)
        image.file = ImageFile(io.BytesIO(png_bytes(seed)), name=f"demo-{seed}.png")
        image.save()
    return image
