#!/usr/bin/python3
"""Writes one self-contained HTML page to explore a newsgraph graph in a browser.

    tools/viewer/build_view.py graph.json -o view.html

The input is `newsgraph export -f json` output (or a graph.pb index, read through
tools/newsgraph_reader.py). The page inlines Cytoscape.js (installed in
tools/viewer/node_modules by tools/setup.sh), the graph and the viewer's own script
(view.js) and style (view.css), so it opens from file:// without a server or network.
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import newsgraph_output  # noqa: E402
import newsgraph_style as style  # noqa: E402

DEFAULT_CYTOSCAPE = os.path.join(HERE, "node_modules", "cytoscape", "dist", "cytoscape.min.js")
# Graphviz shapes (newsgraph_style) in Cytoscape's vocabulary.
CYTOSCAPE_SHAPES = {"ellipse": "ellipse", "box": "round-rectangle", "hexagon": "hexagon",
                    "house": "pentagon", "note": "tag"}


def load_export(path):
    """The export's nodes, links and documents as plain JSON data."""
    with open(path, "rb") as f:
        is_json = f.read(64).lstrip().startswith(b"{")
    if is_json:
        with open(path, encoding="utf-8") as f:
            try:
                data = json.load(f)
            except ValueError as e:  # json.JSONDecodeError, UnicodeDecodeError
                raise ValueError(f"{path}: not a newsgraph JSON export: {e}") from e
        if not isinstance(data, dict) or "nodes" not in data:
            raise ValueError(f"{path}: not a newsgraph JSON export (no \"nodes\")")
        return data["nodes"], data.get("links", data.get("edges", [])), data.get("documents", [])
    import newsgraph_reader  # protobuf and networkx are needed only for an index

    try:
        g = newsgraph_reader.load_graph(path)
    except newsgraph_reader.GraphFileError as e:
        raise ValueError(str(e)) from e
    nodes = [dict(data, id=node) for node, data in g.nodes(data=True)]
    links = [dict(data, source=s, target=t, key=k) for s, t, k, data in g.edges(keys=True, data=True)]
    return nodes, links, list(g.graph.get("documents", {}).values())


def view_data(nodes, links, documents):
    """What the page needs, and no more: entity mentions are reduced to the documents
    they occur in, which keeps the page small on a large corpus."""
    view_nodes = []
    for node in nodes:
        entry = {k: node.get(k) for k in ("id", "type", "name")}
        if node.get("type") == "STATEMENT":
            entry.update({k: node.get(k) for k in ("quote", "direct", "document_id", "date", "evidence")})
        else:
            mentions = node.get("mentions", [])
            entry.update(aliases=node.get("aliases", []), attributes=node.get("attributes", {}),
                         mention_count=len(mentions),
                         documents=sorted({m.get("document_id", "") for m in mentions}))
        view_nodes.append(entry)
    view_edges = []
    for position, link in enumerate(links):
        key = link.get("key", position)
        entry = {"id": f"e{key}", "source": link["source"], "target": link["target"]}
        entry.update({k: link.get(k) for k in ("type", "negated", "polarity", "former", "modality", "demand",
                                                "evidence")})
        view_edges.append(entry)
    return {"nodes": view_nodes, "edges": view_edges,
            "documents": {d["id"]: {k: d.get(k, "") for k in ("title", "date", "source")} for d in documents}}


def view_style():
    nodes = {t: dict(s, shape=CYTOSCAPE_SHAPES.get(s["shape"], "ellipse")) for t, s in style.NODE_STYLES.items()}
    return {"nodes": nodes, "edges": style.EDGE_STYLES,
            "unknown_node": dict(style.UNKNOWN_NODE_STYLE, shape="ellipse"), "unknown_edge": style.UNKNOWN_EDGE_STYLE}


def script_safe(text):
    """Text to put inside <script>: "</" would close the element early."""
    return text.replace("</", "<\\/")


def json_for_script(value):
    return script_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def build_page(data, title, cytoscape_js):
    template = read_text(os.path.join(HERE, "view.html"))
    replacements = {
        "@TITLE@": title.replace("&", "&amp;").replace("<", "&lt;"),
        "/*@CSS@*/": read_text(os.path.join(HERE, "view.css")),
        "/*@CYTOSCAPE@*/": script_safe(cytoscape_js),
        "/*@DATA@*/": f"const NEWSGRAPH_DATA = {json_for_script(data)};\n"
                      f"const NEWSGRAPH_STYLE = {json_for_script(view_style())};",
        "/*@VIEW@*/": script_safe(read_text(os.path.join(HERE, "view.js"))),
    }
    # One pass over the template: text put in (the graph's own sentences) is never
    # searched for placeholders.
    pattern = "|".join(re.escape(p) for p in replacements)
    return re.sub(pattern, lambda match: replacements[match.group(0)], template)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write a self-contained HTML viewer of a newsgraph graph.")
    parser.add_argument("graph", help="JSON from `newsgraph export -f json` (or a graph.pb index)")
    parser.add_argument("-o", "--output", required=True, help="the HTML file to write")
    parser.add_argument("--title", default=None, help="page title (default: the input's file name)")
    parser.add_argument("--cytoscape", default=DEFAULT_CYTOSCAPE, metavar="FILE",
                        help="cytoscape.min.js to inline (default: tools/viewer/node_modules, from tools/setup.sh)")
    args = parser.parse_args(argv)
    try:
        cytoscape_js = read_text(args.cytoscape)
    except OSError as e:
        print(f"build_view: {args.cytoscape}: {e.strerror}; run tools/setup.sh (npm ci in tools/viewer)",
              file=sys.stderr)
        return 1
    try:
        nodes, links, documents = load_export(args.graph)
    except OSError as e:
        print(f"build_view: {args.graph}: {e.strerror}", file=sys.stderr)
        return 1
    except ValueError as e:
        print(f"build_view: {e}", file=sys.stderr)
        return 1
    data = view_data(nodes, links, documents)
    title = args.title or f"newsgraph: {os.path.basename(args.graph)}"
    newsgraph_output.write_atomically(args.output, build_page(data, title, cytoscape_js))
    print(f"build_view: wrote {args.output} ({len(data['nodes'])} nodes, {len(data['edges'])} edges)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
