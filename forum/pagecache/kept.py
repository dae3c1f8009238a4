"""What a worker keeps in its own memory: visitor pages (forum.pagecache) and members' post
cards (forum.threads.cards)."""

from __future__ import annotations

import threading

from cachetools import LRUCache


class Kept:
    """Up to `entries` values, the least recently used dropped first, safe between a
    worker's threads (gthread). cachetools' LRUCache drops one at no cost; cachelib's
    SimpleCache, once full, sorts every entry it holds to drop one (87 µs a page kept at
    500 pages, against 2 µs) and copies each page in and out with pickle."""

    def __init__(self, entries: int) -> None:
        self._kept = LRUCache(maxsize=entries)
        self._lock = threading.Lock()

    def get(self, key: str):
        with self._lock:
            return self._kept.get(key)

    def __setitem__(self, key: str, value) -> None:
        with self._lock:
            self._kept[key] = value

    def __len__(self) -> int:
        return len(self._kept)

    def items(self) -> list[tuple]:
        with self._lock:
            return list(self._kept.items())

    def values(self) -> list:
        return [value for _, value in self.items()]
