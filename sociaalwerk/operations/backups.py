"""Back-up and restore of the database (pg_dump's custom format) and the uploaded files
(a tar.gz of MEDIA_ROOT), as ``manage.py backup`` and ``manage.py restore`` run them."""

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"


def _postgres(database=None):
    """Command-line arguments and environment for pg_dump and pg_restore."""
    database = database or settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        raise CommandError("Back-ups are made of PostgreSQL databases only.")
    for program in ("pg_dump", "pg_restore", "vacuumdb"):
        if shutil.which(program) is None:
            raise CommandError(f"{program} is missing: install the PostgreSQL client.")
    arguments = ["--dbname", database["NAME"], "--no-password"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments += [option, str(database[key])]
    environment = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    return arguments, environment


def back_up(target):
    """Write the database and the media files to the directory ``target``."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    arguments, environment = _postgres()
    dump = target / DATABASE_FILE
    subprocess.run(  # noqa: S603 - fixed program, arguments from the settings
        ["pg_dump", "--format=custom", "--file", str(dump), *arguments],  # noqa: S607
        env=environment,
        check=True,
    )
    with tarfile.open(target / MEDIA_FILE, "w:gz") as archive:
        media = Path(settings.MEDIA_ROOT)
        if media.is_dir():
            archive.add(media, arcname=".")
    return [dump, target / MEDIA_FILE]


def restore(source, database=None, media_root=None):
    """Bring back the database and media files written by ``back_up`` to ``source``.

    Tables in the database are replaced; files in the media directory are added or
    overwritten (uploads are never changed in place, so nothing newer is lost).
    """
    source = Path(source)
    for name in (DATABASE_FILE, MEDIA_FILE):
        if not (source / name).is_file():
            raise CommandError(f"{source / name} is missing: not a back-up directory.")
    arguments, environment = _postgres(database)
    subprocess.run(  # noqa: S603 - fixed program, arguments from the settings
        ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"]
        + [*arguments, str(source / DATABASE_FILE)],
        env=environment,
        check=True,
    )
    # pg_restore leaves the planner statistics empty; until autovacuum comes round,
    # searches are planned as if the tables were empty.
    subprocess.run(  # noqa: S603 - fixed program, arguments from the settings
        ["vacuumdb", "--analyze-only", "--quiet", *arguments],  # noqa: S607
        env=environment,
        check=True,
    )
    media = Path(media_root or settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / MEDIA_FILE, "r:gz") as archive:
        archive.extractall(media, filter="data")
