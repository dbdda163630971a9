"""A small, valid PDF generated on the spot, so the demo needs no binary files."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model


def pdf_bytes(title):
    """A one-page PDF showing ``title`` (ASCII only; other characters become "?")."""
    text = title.encode("ascii", "replace").decode().replace("\\", "").replace("(", "[")
    text = text.replace(")", "]")
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_document(title, filename):
    """The library document called ``title``, created with a generated PDF if missing."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        data = pdf_bytes(title)
        document = document_model(title=title, file_size=len(data))
        document.file.save(filename, ContentFile(data), save=False)
        document.save()
    return document
