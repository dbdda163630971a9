"""Where uploaded files go: Wagtail's documents apart from everything else.

Wagtail 7.4 has no setting for the storage of its documents: they are saved to the
default storage under ``documents/`` (its document model's ``upload_to``), beside the
images. With S3 the images sit in a public bucket, which pages link to directly; a
document of a private collection must only ever be read through Wagtail's document
view, which checks the collection's view restrictions. ``SplitStorage``, the default
storage when ``S3_BUCKET`` is set, sends every name under ``documents/`` to a storage of
its own (a private bucket) and everything else to the public one. A custom document
model would do the same at the price of moving every document to a new table.
"""

from django.core.files.storage import Storage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.module_loading import import_string

# The folder of Wagtail's documents (``AbstractDocument.file``'s ``upload_to``).
DOCUMENTS_FOLDER = "documents"


def _build(config):
    """A storage from a configuration shaped like an entry of ``STORAGES``."""
    return import_string(config["BACKEND"])(**config.get("OPTIONS", {}))


def _by_name(method):
    def delegate(self, name, *args, **kwargs):
        return getattr(self.storage_for(name), method)(name, *args, **kwargs)

    delegate.__name__ = method
    return delegate


# Deconstructible, so that Wagtail's task that deletes a document's file after the
# document can build the same storage again.
@deconstructible(path="sociaalwerk.operations.media_storage.SplitStorage")
class SplitStorage(Storage):
    """``documents``: the storage of ``documents/…``; ``public``: of every other file.
    Both are configured as entries of ``STORAGES`` are."""

    def __init__(self, *, public, documents):
        self.public_config = public
        self.documents_config = documents

    @cached_property
    def public(self):
        return _build(self.public_config)

    @cached_property
    def documents(self):
        return _build(self.documents_config)

    def storage_for(self, name):
        """The storage that holds the file ``name``."""
        return self.documents if name.split("/", 1)[0] == DOCUMENTS_FOLDER else self.public

    def save(self, name, content, max_length=None):
        name = content.name if name is None else name
        return self.storage_for(name).save(name, content, max_length=max_length)

    # Everything else a storage does to a file is done by the storage that holds it.
    open = _by_name("open")
    generate_filename = _by_name("generate_filename")
    get_available_name = _by_name("get_available_name")
    path = _by_name("path")
    delete = _by_name("delete")
    exists = _by_name("exists")
    listdir = _by_name("listdir")
    size = _by_name("size")
    url = _by_name("url")
    get_accessed_time = _by_name("get_accessed_time")
    get_created_time = _by_name("get_created_time")
    get_modified_time = _by_name("get_modified_time")
