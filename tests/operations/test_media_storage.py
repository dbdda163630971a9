"""The split media storage: Wagtail's documents in a storage of their own, every other
upload in the public one (here two folders; in production two S3 buckets)."""

from django.core.files.base import ContentFile
from django.utils.module_loading import import_string

from sociaalwerk.operations.media_storage import SplitStorage


def filesystem(location, url):
    return {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(location), "base_url": url},
    }


def split(tmp_path):
    return SplitStorage(
        public=filesystem(tmp_path / "public", "/media/"),
        documents=filesystem(tmp_path / "private", "/private/"),
    )


def test_documents_and_images_are_stored_apart(tmp_path):
    storage = split(tmp_path)
    document = storage.save("documents/notulen.pdf", ContentFile(b"notulen"))
    image = storage.save("original_images/foto.png", ContentFile(b"foto"))
    assert (tmp_path / "private" / document).read_bytes() == b"notulen"
    assert (tmp_path / "public" / image).read_bytes() == b"foto"
    assert not (tmp_path / "public" / "documents").exists()
    assert storage.url(image) == "/media/original_images/foto.png"
    assert storage.url(document).startswith("/private/")
    with storage.open(document) as file:
        assert file.read() == b"notulen"
    assert storage.exists(document) and storage.size(document) == len(b"notulen")


def test_a_name_taken_gets_another_in_the_same_storage(tmp_path):
    storage = split(tmp_path)
    first = storage.save("documents/notulen.pdf", ContentFile(b"een"))
    second = storage.save("documents/notulen.pdf", ContentFile(b"twee"))
    assert first != second and second.startswith("documents/notulen")
    assert (tmp_path / "private" / second).read_bytes() == b"twee"


def test_the_storage_rebuilt_from_its_deconstruction_deletes_a_document(tmp_path):
    """Wagtail deletes a document's file in a task, with the storage rebuilt this way."""
    storage = split(tmp_path)
    name = storage.save("documents/notulen.pdf", ContentFile(b"notulen"))
    path, args, kwargs = storage.deconstruct()
    import_string(path)(*args, **kwargs).delete(name)
    assert not (tmp_path / "private" / name).exists()
