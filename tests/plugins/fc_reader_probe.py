"""A plugin that notes which process reads each loose file (the file named by FC_READER_PROBE), and finds
nothing; with FC_READER_MAIN set to the main process's id, it ends any other process that reads a file."""

from __future__ import annotations

import os
import signal

from factcheck import hookimpl


@hookimpl(tryfirst=True)
def factcheck_sketch_version(version, config):
    if os.environ.get("FC_READER_PROBE"):
        with open(os.environ["FC_READER_PROBE"], "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
    main = os.environ.get("FC_READER_MAIN")
    if main and int(main) != os.getpid():
        os.kill(os.getpid(), signal.SIGKILL)  # a worker killed mid-reading
    return None
