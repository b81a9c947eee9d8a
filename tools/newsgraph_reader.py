#!/usr/bin/env python3
"""Reads a newsgraph index (graph.pb, from `newsgraph index`) or JSON export (`newsgraph
export -f json`) into a networkx MultiDiGraph, for notebooks and scripts.

    import sys; sys.path.insert(0, "tools")
    from newsgraph_reader import load_graph, find_nodes
    g = load_graph("build/demo/graph.pb")
    [kislyak] = find_nodes(g, "Kislyak")
    for _, other, data in g.out_edges(kislyak, data=True): print(data["type"], other)

The graph has the same shape as networkx.node_link_graph() of the JSON export:
- entity nodes: type (PERSON, ORGANIZATION, OFFICE, PLACE), name, aliases, attributes,
  from_gazetteer, mentions [{document_id, start, end, text}];
- statement nodes: type "STATEMENT", name (= quote), quote, direct, document_id, date,
  quote_start, quote_end, evidence;
- edges, keyed by their position in the index: type (MET, SAID, ...), negated, polarity,
  former, modality, demand, evidence [{document_id, date, sentence_index, start, end,
  sentence, trigger, rule, when, where}];
- g.graph["documents"]: {document id: {id, title, date, source, content_hash}}.

The Python protobuf module is generated from proto/newsgraph.proto with protoc: taken from
$NEWSGRAPH_PB2_DIR when set (the build's `newsgraph_python` target writes it to
<build>/python), else generated once into ~/.cache/newsgraph/ (keyed by the proto's hash).

As a command: `newsgraph_reader.py GRAPH [--top N]` prints a summary of the graph.
"""

import argparse
import collections
import difflib
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

SYSTEM_PYTHON = "/usr/bin/python3"


def _require_modules():
    """networkx and google.protobuf come from Debian (python3-networkx, python3-protobuf),
    so they belong to /usr/bin/python3. Run as a command by another python3 (pyenv, a
    venv), re-run under that one; imported, say what is missing."""
    missing = [m for m in ("networkx", "google.protobuf") if not _importable(m)]
    if not missing:
        return
    script = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    running_a_tool = os.path.dirname(script).startswith(os.path.dirname(os.path.abspath(__file__)))
    if running_a_tool and os.path.exists(SYSTEM_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, script] + sys.argv[1:])
    raise ImportError(f"{sys.executable} cannot import {', '.join(missing)}: install python3-networkx and "
                      f"python3-protobuf (tools/setup.sh does) and use {SYSTEM_PYTHON}")


def _importable(module):
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # the parent package (google) is missing
        return False


_require_modules()

import networkx as nx  # noqa: E402  (after the check above)

INDEX_MAGIC = "newsgraph-index"
SUPPORTED_FORMAT_VERSIONS = {2}
PROTO_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "proto", "newsgraph.proto")


class GraphFileError(Exception):
    """A graph file that cannot be read: missing, corrupt, foreign or truncated."""


def _generated_module_dir(proto_path):
    override = os.environ.get("NEWSGRAPH_PB2_DIR")
    if override:
        return override
    with open(proto_path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "newsgraph", "python-" + digest)


def _generate_module(proto_path, out_dir):
    protoc = shutil.which("protoc")
    if not protoc:
        raise GraphFileError("protoc not found: install protobuf-compiler (tools/setup.sh does)")
    os.makedirs(os.path.dirname(out_dir) or ".", exist_ok=True)
    # Generate into a temporary folder and rename it, so that two readers starting at
    # once never import a half-written module.
    staging = tempfile.mkdtemp(prefix=os.path.basename(out_dir) + ".tmp-", dir=os.path.dirname(out_dir))
    proto_dir = os.path.dirname(os.path.abspath(proto_path))
    subprocess.run([protoc, "-I", proto_dir, "--python_out", staging, os.path.abspath(proto_path)], check=True)
    try:
        os.rename(staging, out_dir)
    except OSError:  # another reader got there first
        shutil.rmtree(staging, ignore_errors=True)


def protobuf_module(proto_path=PROTO_PATH):
    """The generated newsgraph_pb2 module, generating it first when needed."""
    if "newsgraph_pb2" in sys.modules:
        return sys.modules["newsgraph_pb2"]
    out_dir = _generated_module_dir(proto_path)
    module_path = os.path.join(out_dir, "newsgraph_pb2.py")
    if not os.path.exists(module_path):
        _generate_module(proto_path, out_dir)
    spec = importlib.util.spec_from_file_location("newsgraph_pb2", module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["newsgraph_pb2"] = module
    return module


def read_index(path):
    """The raw protobuf `Index` message of a graph.pb, checked like newsgraph checks it."""
    pb = protobuf_module()
    from google.protobuf.message import DecodeError

    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise GraphFileError(f"{path}: cannot read: {e.strerror}") from e
    index = pb.Index()
    try:
        index.ParseFromString(data)
    except DecodeError as e:
        raise GraphFileError(f"{path}: not a newsgraph index (protobuf parse failed: {e})") from e
    header = index.header
    if header.magic != INDEX_MAGIC:
        raise GraphFileError(f"{path}: not a newsgraph index (magic {header.magic!r})")
    if header.format_version not in SUPPORTED_FORMAT_VERSIONS:
        raise GraphFileError(f"{path}: index format {header.format_version} is not supported "
                             f"(this reader reads {sorted(SUPPORTED_FORMAT_VERSIONS)}); rebuild the index")
    counts = [("entities", header.entity_count, len(index.entities)),
              ("relations", header.relation_count, len(index.relations)),
              ("documents", header.document_count, len(index.documents)),
              ("statements", header.statement_count, len(index.statements))]
    for what, promised, found in counts:
        if promised != found:
            raise GraphFileError(f"{path}: truncated index: header promises {promised} {what}, file holds {found}")
    return index


def _evidence(evidence):
    return [{"document_id": e.document_id, "date": e.document_date, "sentence_index": e.sentence_index,
             "start": e.start, "end": e.end, "sentence": e.sentence, "trigger": e.trigger, "rule": e.rule,
             "when": e.when, "where": e.where} for e in evidence]


def graph_from_index(index, path="index"):
    pb = protobuf_module()
    g = nx.MultiDiGraph(name="newsgraph")
    g.graph["documents"] = {d.id: {"id": d.id, "title": d.title, "date": d.date, "source": d.source,
                                   "content_hash": d.content_hash} for d in index.documents}
    for e in index.entities:
        g.add_node(e.id, type=pb.EntityType.Name(e.type), name=e.canonical_name, aliases=list(e.aliases),
                   attributes=dict(e.attributes), from_gazetteer=e.from_gazetteer,
                   mentions=[{"document_id": m.document_id, "start": m.start, "end": m.end, "text": m.text}
                             for m in e.mentions])
    for s in index.statements:
        g.add_node(s.id, type="STATEMENT", name=s.quote, quote=s.quote, direct=s.direct,
                   document_id=s.document_id, date=s.document_date, quote_start=s.quote_start,
                   quote_end=s.quote_end, evidence=_evidence(s.evidence))
    for key, r in enumerate(index.relations):
        for end in (r.source, r.target):
            if end not in g:
                raise GraphFileError(f"{path}: relation {key} ({r.source} -> {r.target}) names unknown vertex {end!r}")
        g.add_edge(r.source, r.target, key=key, type=pb.RelationType.Name(r.type), negated=r.negated,
                   polarity=r.polarity, former=r.former, modality=r.modality, demand=r.demand,
                   evidence=_evidence(r.evidence))
    return g


def graph_from_json(path):
    """A `newsgraph export -f json` file as the same MultiDiGraph load_graph gives."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise GraphFileError(f"{path}: not a newsgraph JSON export: {e}") from e
    if not isinstance(data, dict) or "nodes" not in data:
        raise GraphFileError(f"{path}: not a newsgraph JSON export (no \"nodes\")")
    g = nx.MultiDiGraph(name="newsgraph")
    g.graph["documents"] = {d["id"]: d for d in data.get("documents", [])}
    for node in data["nodes"]:
        g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for link in data.get("links", data.get("edges", [])):
        attributes = {k: v for k, v in link.items() if k not in ("source", "target", "key")}
        g.add_edge(link["source"], link["target"], key=link.get("key"), **attributes)
    return g


def load_graph(path):
    """A graph.pb index or a JSON export (told apart by content) as a networkx MultiDiGraph."""
    try:
        with open(path, "rb") as f:
            start = f.read(64).lstrip()
    except OSError as e:
        raise GraphFileError(f"{path}: cannot read: {e.strerror}") from e
    if start.startswith(b"{"):
        return graph_from_json(path)
    return graph_from_index(read_index(path), path)


def _fold(text):
    return " ".join(text.casefold().split())


def find_nodes(g, name):
    """Node ids that `name` designates, best match first: an id, a name or alias, else a
    surname (last word of a name or alias), else names containing it. Case-insensitive."""
    wanted = _fold(name)
    if name in g:
        return [name]
    exact, surname, partial = [], [], []
    for node, data in g.nodes(data=True):
        if data.get("type") == "STATEMENT":
            continue
        forms = [_fold(data.get("name", ""))] + [_fold(a) for a in data.get("aliases", [])]
        if wanted in forms:
            exact.append(node)
        elif any(f.split()[-1:] == [wanted] for f in forms if f):
            surname.append(node)
        elif any(wanted in f for f in forms):
            partial.append(node)
    return exact or surname or partial


def close_names(g, name, n=5):
    names = {data.get("name", "") for _, data in g.nodes(data=True) if data.get("type") != "STATEMENT"}
    return difflib.get_close_matches(name, sorted(names), n=n, cutoff=0.5)


def resolve_one(g, name):
    """The one node `name` designates; a ValueError naming the candidates when it
    designates none or several."""
    found = find_nodes(g, name)
    if len(found) == 1:
        return found[0]
    if not found:
        suggestions = close_names(g, name)
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        raise ValueError(f"no entity named {name!r}{hint}")
    listed = ", ".join(f"{g.nodes[n].get('name')} ({n})" for n in found[:10])
    raise ValueError(f"{name!r} is ambiguous: {listed}")


def summary(g, top=10):
    lines = []
    node_types = collections.Counter(d.get("type", "?") for _, d in g.nodes(data=True))
    edge_types = collections.Counter(d.get("type", "?") for _, _, d in g.edges(data=True))
    documents = g.graph.get("documents", {})
    dates = sorted(d["date"] for d in documents.values() if d.get("date"))
    lines.append(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {len(documents)} documents"
                 + (f" ({dates[0]} .. {dates[-1]})" if dates else ""))
    lines.append("nodes:  " + ", ".join(f"{t} {c}" for t, c in sorted(node_types.items())))
    lines.append("edges:  " + ", ".join(f"{t} {c}" for t, c in sorted(edge_types.items())))
    entities = [n for n, d in g.nodes(data=True) if d.get("type") != "STATEMENT"]
    ranked = sorted(entities, key=lambda n: (-g.degree(n), g.nodes[n].get("name", "")))[:top]
    if ranked:
        lines.append("most connected:")
        for n in ranked:
            data = g.nodes[n]
            lines.append(f"  {g.degree(n):4d}  {data.get('name')} ({n}, {data.get('type')})")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Summarize a newsgraph graph (graph.pb index or JSON export).")
    parser.add_argument("graph", help="graph.pb from `newsgraph index`, or JSON from `newsgraph export -f json`")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="list the N most connected entities (default 10)")
    args = parser.parse_args(argv)
    try:
        g = load_graph(args.graph)
    except GraphFileError as e:
        print(f"newsgraph_reader: {e}", file=sys.stderr)
        return 1
    print(summary(g, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
