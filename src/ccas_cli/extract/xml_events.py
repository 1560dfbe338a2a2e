"""One way to walk an XML file's events, shared by the readers of XML formats (OPML, Word and
Excel XML, OpenDocument, DocBook, WordPress, data exports): each reader keeps its own handlers,
which read the parser's current line for provenance."""

from __future__ import annotations

from collections.abc import Callable
from xml.parsers import expat


def parsed(
    parser: expat.XMLParserType,
    text: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    data: Callable[[str], None],
) -> bool:
    """Feed the whole text to the parser with these handlers; False when it is no XML."""
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    try:
        parser.Parse(text, True)
    except expat.ExpatError:
        return False
    return True
