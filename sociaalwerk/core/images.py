"""What a visitor who cannot see an image reads instead of it."""


def alt_text(image):
    """The alternative text of ``image``: what the editor typed for this use (an
    ``ImageBlock``), else the image's description; "" for a decorative image or one
    without a description. Never the title, which Wagtail fills with the file name
    ("IMG_1234.jpg") and offers as the alt text of an image without description."""
    if getattr(image, "decorative", False):
        return ""
    contextual = getattr(image, "contextual_alt_text", None)
    if contextual and contextual != image.title:
        return contextual
    return image.description
