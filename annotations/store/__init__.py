"""Storage behind one interface: `Store`, and the TinyDB folder backend that implements it.

`interface` is what the rest of Fieldmark uses; `opening` picks the backend a location names;
everything else here belongs to the folder backend: `layout` (every path), `folder` (the store),
`loaded` (what it holds in memory), `tinyfiles` + `atomic` (files written whole), `writer` +
`journal` (durable rounds in the background), `history` (undo on disk), `lock`, `migrations`,
`backup`, and the checks `integrity` and `repair`, which work through the interface.
"""

from annotations.store.changes import Change, Entry
from annotations.store.interface import ErrorCallback, Store
from annotations.store.opening import open_store
from annotations.store.summary import ArticleSummary

__all__ = ["ArticleSummary", "Change", "Entry", "ErrorCallback", "Store", "open_store"]
