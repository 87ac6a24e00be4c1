"""The only URL fetcher the PDF renderer gets: it serves the stylesheet files
in templates/ and refuses every other URL (http, https, data, any other
file), so the renderer never touches the network or the disk beyond our
own CSS, even if markup from a report slipped through escaping."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from .html import TEMPLATES_DIR

SERVED_SUFFIXES = (".css",)


def make_fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        """Serves only the stylesheet files in templates/; refuses the rest.

        `refused` lists what was asked for and refused (for tests)."""

        def __init__(self):
            super().__init__(allowed_protocols=("file",), allow_redirects=False)
            self.root = TEMPLATES_DIR.resolve()
            self.refused: list[str] = []

        def _local(self, url: str) -> Path | None:
            parts = urlsplit(url)
            if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
                return None
            path = Path(url2pathname(unquote(parts.path))).resolve()
            if path.parent != self.root or path.suffix not in SERVED_SUFFIXES or not path.is_file():
                return None
            return path

        def fetch(self, url, headers=None):
            path = self._local(url)
            if path is None:
                self.refused.append(url)
                raise ValueError(f"lawcheck refuses to fetch {url[:200]}")
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})

    return LocalFetcher()
