"""YAML in and out: safe loading only, deterministic dumping, atomic writes."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

from .errors import StoreError

try:  # the C loader is ~10x faster; fall back to pure Python where libyaml is missing
    _Loader: type = yaml.CSafeLoader
    _Dumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper


class _BlockDumper(_Dumper):  # type: ignore[misc, valid-type, unused-ignore]
    """Multi-line strings as literal blocks, so reviewers read paragraphs, not escapes."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _list_representer(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    # Line spans and year lists read best inline: "lines: [257, 288]".
    flow = bool(value) and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_BlockDumper.add_representer(str, _str_representer)
_BlockDumper.add_representer(list, _list_representer)


_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s\]},]")


def _refuse_aliases(text: str, data: Any, path: Path | str) -> None:
    """Anchors and aliases have no use in ccas files, and nested aliases can make a tiny file
    expand into billions of nodes ("billion laughs") for whatever walks the data next: refuse
    them. Loading itself is safe (an alias is one shared object), so the check walks the loaded
    data once, stopping at the first container met twice; the event stream is read again only
    then, to name the line."""
    if not _ANCHOR.search(text):
        return
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict | list):
            if id(node) in seen:
                raise StoreError(f"YAML anchors and aliases are not allowed{_alias_line(text)}", path)
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)


def _alias_line(text: str) -> str:
    with contextlib.suppress(yaml.YAMLError):
        for event in yaml.parse(text, Loader=_Loader):
            mark = event.start_mark
            if mark is not None and (isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None)):
                return f" (line {mark.line + 1})"
    return ""


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"


_RESOLVERS: dict = _Loader.yaml_implicit_resolvers  # type: ignore[attr-defined]
_OPENING = frozenset(k for k in _RESOLVERS if k)  # first characters of the implicit types
# (a resolver for any first character, or one by path, and every scalar would have to ask)
_SIMPLE = None not in _RESOLVERS and not _Loader.yaml_path_resolvers  # type: ignore[attr-defined]
# Plain words some implicit type claims (booleans, nulls: their patterns are lists of whole
# words), found by asking the resolver itself; any other word opening on those letters is a
# string. Plain decimal integers without a leading zero are ints, whatever else matches.
_WORD_OPENING = frozenset(c for c in _OPENING if c.isalpha() or c == "~")
_CANDIDATES = [
    w
    for word in ("yes", "no", "true", "false", "on", "off", "null", "y", "n")
    for w in (word, word.capitalize(), word.upper())
] + ["~"]


def _typed_words() -> dict[str, Any]:
    loader = _Loader("")
    try:
        typed = {}
        for word in _CANDIDATES:
            tag = loader.resolve(yaml.ScalarNode, word, (True, False))
            if tag != _STR:
                typed[word] = loader.construct_object(yaml.ScalarNode(tag, word), deep=True)
        return typed
    finally:
        loader.dispose()


_WORDS = _typed_words()
_DECIMAL = re.compile(r"-?[1-9][0-9]*|0")


def _load_events(text: str) -> tuple[Any, bool] | None:
    """What `yaml.load(text, Loader=CSafeLoader)` gives, built straight from the C parser's
    events, without the node graph: the shape ccas writes (maps, lists, untagged scalars, one
    document). None, and the document is loaded the general way, at anything else: a tag, an
    anchor or alias, a key that is not a scalar, a second document. A plain scalar whose first
    character opens no implicit type is a string; any other is resolved and constructed by
    PyYAML's safe loader, as always."""
    if not _SIMPLE:  # pragma: no cover - a PyYAML with resolvers this builder cannot shortcut
        return None
    loader = _Loader(text)
    try:
        containers: list[Any] = []  # open maps and lists, innermost last
        keys: list[Any] = []  # per open map: the key waiting for its value (_NO_KEY when none)
        root: Any = _NO_KEY
        get = loader.get_event
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    return None
                value = event.value
                if event.implicit[0] and not (value and value[0] not in _OPENING):
                    if value in _WORDS:
                        value = _WORDS[value]  # "true", "null", "off": a word YAML 1.1 types
                    elif value[:1] in _WORD_OPENING:
                        pass  # any other word opening on those letters is a string
                    elif _DECIMAL.fullmatch(value):
                        value = int(value)  # "2019", "-3": what the int resolver makes of them
                    else:
                        tag = loader.resolve(yaml.ScalarNode, value, event.implicit)
                        if tag != _STR:
                            if tag == _MERGE:
                                return None
                            value = loader.construct_object(yaml.ScalarNode(tag, value), deep=True)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    return None
                value = {} if kind is yaml.MappingStartEvent else []
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value = containers.pop()
                if kind is yaml.MappingEndEvent:
                    keys.pop()
                if containers:
                    continue  # (the container was attached to its parent when it opened)
                root = value
                continue
            elif kind is yaml.DocumentStartEvent:
                if root is not _NO_KEY:
                    return None  # a second document
                continue
            elif kind is yaml.StreamEndEvent:
                return (None if root is _NO_KEY else root), False
            elif kind in (yaml.StreamStartEvent, yaml.DocumentEndEvent):
                continue
            else:
                return None  # an alias
            if containers:
                parent = containers[-1]
                if type(parent) is list:
                    parent.append(value)
                elif keys[-1] is _NO_KEY:
                    if type(value) is dict or type(value) is list:
                        return None  # a map or a list as a key
                    keys[-1] = value
                else:
                    parent[keys[-1]] = value
                    keys[-1] = _NO_KEY
            elif not (type(value) is dict or type(value) is list):
                root = value  # a document of one scalar
            if type(value) is dict:
                containers.append(value)
                keys.append(_NO_KEY)
            elif type(value) is list:
                containers.append(value)
    finally:
        loader.dispose()


class _NoKey:
    """No key read yet in the innermost map (None is a key YAML allows)."""


_NO_KEY: Any = _NoKey()


def _load(text: str) -> tuple[Any, bool]:
    """What `yaml.load(text, Loader=CSafeLoader)` gives, faster: the C parser composes the
    nodes, and plain mappings, sequences and strings (nearly all of a store file) become Python
    objects here; every other node (ints, dates, unknown or unsafe tags, merge keys) goes to
    the safe constructor, which decides as it always does."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, False

        built: dict[int, Any] = {}  # an alias is the same node, met twice: refused
        walked = False  # a container built by PyYAML's constructor (merge keys…): checked after

        def value(n: yaml.Node) -> Any:
            tag = n.tag
            if tag == _STR and isinstance(n, yaml.ScalarNode):
                return n.value
            if id(n) in built:
                raise _Aliased
            if (
                tag == _MAP
                and isinstance(n, yaml.MappingNode)
                and all(isinstance(k, yaml.ScalarNode) and k.tag != _MERGE for k, _ in n.value)
            ):
                mapping: dict[Any, Any] = {}
                built[id(n)] = mapping
                for k, v in n.value:
                    mapping[value(k)] = value(v)
                return mapping
            if tag == _SEQ and isinstance(n, yaml.SequenceNode):
                sequence: list[Any] = []
                built[id(n)] = sequence
                sequence.extend(value(v) for v in n.value)
                return sequence
            nonlocal walked
            walked = walked or isinstance(n, yaml.CollectionNode)
            return loader.construct_object(n, deep=True)

        return value(node), walked
    finally:
        loader.dispose()


class _Aliased(Exception):
    """A container met twice while building: an alias (refused, see `_refuse_aliases`)."""


def load_yaml(text: str, path: Path | str) -> Any:
    try:
        try:
            loaded = _load_events(text)
            data, unchecked = loaded if loaded is not None else _load(text)
        except RecursionError:  # nested deeper than this builder recurses: PyYAML's own, iterative
            data, unchecked = yaml.load(text, Loader=_Loader), True
        except _Aliased:
            raise StoreError(f"YAML anchors and aliases are not allowed{_alias_line(text)}", path) from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise StoreError(f"refused{where}: {exc.problem} (only plain, safe YAML is read)", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise StoreError(f"invalid YAML{where}: {problem}", path) from None
    if unchecked:
        _refuse_aliases(text, data, path)
    return data


def load_yaml_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read: {exc}", path) from None
    return load_yaml(text, path)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=100, indent=2)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target.

    A crash at any point leaves either the old file or the new one, never half of either.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
