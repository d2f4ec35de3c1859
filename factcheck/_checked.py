"""The stories a run has checked, kept for the reporters without keeping every text in memory.

Reporters quote the versions that findings cite, so those texts must last until
the end of the run; held in memory, they would make memory grow with the
corpus. They are written instead to an anonymous temporary file (in the
system's temporary folder, never in the corpus; gone when the run ends) and
read back when a reporter looks at that story.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from typing import overload

from ._model import Story, Version


class CheckedStories(Sequence[Story]):
    """A sequence of checked stories whose kept texts live on disk until a reporter asks for them."""

    def __init__(self) -> None:
        self._stories: list[Story] = []
        #: (offset, length, body_start) in the spill file of each kept text, by story index and version path.
        self._spilled: list[dict[str, tuple[int, int, int]]] = []
        self._file: tempfile.SpooledTemporaryFile[bytes] | None = None
        self._size = 0
        #: The story index of each version path, and the last story restored (findings come story by story).
        self._story_of: dict[str, int] = {}
        self._last: tuple[int, Story] | None = None

    def append(self, story: Story, keep: frozenset[str] | set[str] = frozenset(), in_memory: bool = False) -> None:
        """Add a checked story: the texts of the versions in ``keep`` are spilled to disk, the others dropped.

        With ``in_memory`` (reporters that show every text, as the HTML one),
        the story is kept whole.
        """
        for version in story.versions:
            self._story_of.setdefault(version.path, len(self._stories))
        if in_memory:
            self._stories.append(story)
            self._spilled.append({})
            return
        spilled = {}
        for version in story.versions:
            if version.path in keep and version.text:
                spilled[version.path] = (*self._write(version.text), version.body_start)
        light = tuple(v.replace(text="", body_start=0) if v.text else v for v in story.versions)
        self._stories.append(dataclasses.replace(story, versions=light))
        self._spilled.append(spilled)

    def _write(self, text: str) -> tuple[int, int]:
        if self._file is None:
            # Kept in memory up to a few megabytes, on disk beyond: small runs never touch the disk.
            self._file = tempfile.SpooledTemporaryFile(max_size=4_000_000, prefix="factcheck-texts-")
        data = text.encode("utf-8", "surrogatepass")
        self._file.seek(self._size)
        self._file.write(data)
        place = (self._size, len(data))
        self._size += len(data)
        return place

    def _read(self, offset: int, length: int) -> str:
        assert self._file is not None
        self._file.seek(offset)
        return self._file.read(length).decode("utf-8", "surrogatepass")

    def _restored(self, index: int) -> Story:
        story, spilled = self._stories[index], self._spilled[index]
        if not spilled:
            return story
        if self._last is not None and self._last[0] == index:
            return self._last[1]
        versions = tuple(
            v.replace(text=self._read(*spilled[v.path][:2]), body_start=spilled[v.path][2]) if v.path in spilled else v for v in story.versions
        )
        restored = dataclasses.replace(story, versions=versions)
        self._last = (index, restored)
        return restored

    @property
    def versions(self) -> Mapping[str, Version]:
        """Every version by path, its kept text read back only when looked up (so reporters never hold them all)."""
        return _VersionsByPath(self)

    def version(self, path: str) -> Version | None:
        """The version at ``path`` (with its text, if kept), or None."""
        index = self._story_of.get(path)
        if index is None:
            return None
        return next((v for v in self._restored(index).versions if v.path == path), None)

    @overload
    def __getitem__(self, index: int) -> Story: ...

    @overload
    def __getitem__(self, index: slice) -> list[Story]: ...

    def __getitem__(self, index: int | slice) -> Story | list[Story]:
        if isinstance(index, slice):
            return [self._restored(i) for i in range(len(self._stories))[index]]
        return self._restored(range(len(self._stories))[index])

    def __len__(self) -> int:
        return len(self._stories)

    def __iter__(self) -> Iterator[Story]:
        return (self._restored(i) for i in range(len(self._stories)))


class _VersionsByPath(Mapping[str, Version]):
    """A read-only view of the checked versions by path, reading kept texts back on lookup."""

    def __init__(self, stories: CheckedStories) -> None:
        self._stories = stories

    def __getitem__(self, path: str) -> Version:
        found = self._stories.version(path)
        if found is None:
            raise KeyError(path)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._stories._story_of)

    def __len__(self) -> int:
        return len(self._stories._story_of)
