"""Writing the tools' output files: atomically, like newsgraph writes an index."""

import os
import tempfile


def write_atomically(path, data):
    """Writes `data` (bytes or str, UTF-8) to `path` through a temporary file in the same
    folder and a rename, so that a reader never sees half a file."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    directory = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(prefix=os.path.basename(path) + ".tmp-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a picture is not
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
