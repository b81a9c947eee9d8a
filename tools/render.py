#!/usr/bin/python3
"""Draws a newsgraph graph, or the neighbourhood of one entity, with Graphviz.

    tools/render.py graph.pb --around Kislyak --depth 1 --type MET,SAID -o kislyak.svg

Reads a graph.pb index or a JSON export (see newsgraph_reader.py), keeps the relations
asked for (--type, --from/--to, --entity-type), then, with --around, only what lies
within --depth relations of that entity (in either direction), writes it as DOT and
runs `dot` to get SVG, PNG or PDF (by the extension of -o; .dot writes the DOT itself).
Entity types have their own shape and fill, relation types their own colour; negated
relations are dashed, planned or hypothetical meetings dotted, meetings have no arrow.
"""

import argparse
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsgraph_reader  # noqa: E402
import newsgraph_output  # noqa: E402
import newsgraph_style as style  # noqa: E402

import networkx as nx  # noqa: E402

OUTPUT_FORMATS = {".svg": "svg", ".png": "png", ".pdf": "pdf", ".dot": "dot", ".gv": "dot"}
LAYOUTS = ("dot", "neato", "fdp", "sfdp", "circo", "twopi")


def split_list(text):
    return [item.strip().upper() for item in text.split(",") if item.strip()] if text else []


def in_date_range(evidence, date_from, date_to):
    """An edge is in range when one of its pieces of evidence is; undated evidence is in
    no range."""
    for e in evidence:
        date = e.get("date", "")
        if date and (not date_from or date >= date_from) and (not date_to or date <= date_to):
            return True
    return False


def filter_graph(g, relation_types=(), entity_types=(), date_from="", date_to="", keep=()):
    """A copy of `g` with only the edges of `relation_types` (all when empty) dated within
    [date_from, date_to], between nodes of `entity_types` (statements always pass); nodes
    left without an edge are dropped, except those in `keep`."""
    if not (relation_types or entity_types or date_from or date_to):
        return g.copy()

    def node_passes(node):
        node_type = g.nodes[node].get("type")
        return not entity_types or node_type == "STATEMENT" or node_type in entity_types

    kept = nx.MultiDiGraph(**g.graph)
    for node in keep:
        kept.add_node(node, **g.nodes[node])
    for source, target, key, data in g.edges(keys=True, data=True):
        if relation_types and data.get("type") not in relation_types:
            continue
        if (date_from or date_to) and not in_date_range(data.get("evidence", []), date_from, date_to):
            continue
        if not (node_passes(source) and node_passes(target)):
            continue
        for node in (source, target):
            if node not in kept:
                kept.add_node(node, **g.nodes[node])
        kept.add_edge(source, target, key=key, **data)
    return kept


def neighbourhood(g, centre, depth):
    return nx.ego_graph(g, centre, radius=depth, undirected=True)


def dot_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def wrap(text, width=28):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def node_label(data):
    if data.get("type") == "STATEMENT":
        return wrap("“" + style.abridge(data.get("quote", ""), 90) + "”", 32)
    return wrap(data.get("name", ""))


def edge_label(data):
    label = data.get("type", "")
    if data.get("negated"):
        label = "not " + label
    if data.get("modality") not in ("", "asserted", None):
        label += f" ({data['modality']})"
    if data.get("polarity") not in ("", None) and data.get("type") == "REACTED":
        label += f" {data['polarity']}"
    return label


def to_dot(g, centres=(), title=""):
    lines = ["digraph newsgraph {",
             '  graph [rankdir=LR, overlap=false, splines=true, fontname="DejaVu Sans", fontsize=11'
             + (f", label={dot_string(title)}, labelloc=t" if title else "") + "];",
             '  node [style="filled", fontname="DejaVu Sans", fontsize=10, penwidth=1];',
             '  edge [fontname="DejaVu Sans", fontsize=8];']
    for node, data in g.nodes(data=True):
        node_style = style.node_style(data.get("type"))
        attributes = [f"label={dot_string(node_label(data))}", f"shape={node_style['shape']}",
                      f'fillcolor="{node_style["color"]}"', "tooltip=" + dot_string(f"{node} ({data.get('type')})")]
        if node in centres:
            attributes.append("penwidth=3")
        lines.append(f"  {dot_string(node)} [{', '.join(attributes)}];")
    for source, target, data in g.edges(data=True):
        relation = data.get("type", "")
        edge_style = style.edge_style(relation)
        attributes = [f"label={dot_string(edge_label(data))}", f'color="{edge_style["color"]}"',
                      f'fontcolor="{edge_style["color"]}"']
        if data.get("negated"):
            attributes.append("style=dashed")
        elif style.is_uncertain(data):
            attributes.append("style=dotted")
        if style.is_undirected(relation):
            attributes.append("dir=none")
        evidence = data.get("evidence", [])
        if evidence:
            attributes.append(f"tooltip={dot_string(style.abridge(evidence[0].get('sentence', ''), 300))}")
        lines.append(f"  {dot_string(source)} -> {dot_string(target)} [{', '.join(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(dot_text, output, layout="dot"):
    output_format = OUTPUT_FORMATS[os.path.splitext(output)[1].lower()]
    if output_format == "dot":
        newsgraph_output.write_atomically(output, dot_text)
        return
    program = shutil.which(layout)
    if not program:
        raise RuntimeError(f"{layout} not found: install graphviz (tools/setup.sh does)")
    result = subprocess.run([program, "-T" + output_format], input=dot_text.encode("utf-8"),
                            capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"{layout} failed: {result.stderr.decode('utf-8', 'replace').strip()}")
    newsgraph_output.write_atomically(output, result.stdout)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Draw a newsgraph graph, or one entity's neighbourhood, with Graphviz.",
        epilog="example: render.py graph.pb --around Kislyak --depth 1 --type MET,SAID -o kislyak.svg")
    parser.add_argument("graph", help="graph.pb (newsgraph index) or JSON (newsgraph export -f json)")
    parser.add_argument("-o", "--output", required=True,
                        help="output file; its extension picks the format: .svg, .png, .pdf or .dot")
    parser.add_argument("--around", action="append", default=[], metavar="NAME",
                        help="draw only the neighbourhood of this entity (name, alias, surname or id; repeatable)")
    parser.add_argument("--depth", type=int, default=1, metavar="N",
                        help="with --around: how many relations away to go, either direction (default 1)")
    parser.add_argument("--type", default="", metavar="T1,T2",
                        help="relation types to keep: MET, CONTACTED, SAID, TOLD, ABOUT, REACTED, "
                             "HOLDS_OFFICE, MEMBER_OF (default: all)")
    parser.add_argument("--entity-type", default="", metavar="T1,T2",
                        help="entity types to keep: PERSON, ORGANIZATION, OFFICE, PLACE (default: all; "
                             "statements are kept)")
    parser.add_argument("--from", dest="date_from", default="", metavar="YYYY-MM-DD",
                        help="keep relations with evidence dated on or after this day")
    parser.add_argument("--to", dest="date_to", default="", metavar="YYYY-MM-DD",
                        help="keep relations with evidence dated on or before this day")
    parser.add_argument("--layout", default="dot", choices=LAYOUTS,
                        help="Graphviz layout program (default dot; sfdp for large graphs)")
    parser.add_argument("--title", default=None, help="caption (default: what was drawn)")
    args = parser.parse_args(argv)
    if os.path.splitext(args.output)[1].lower() not in OUTPUT_FORMATS:
        parser.error(f"-o {args.output}: unknown extension (use {', '.join(sorted(OUTPUT_FORMATS))})")
    if args.depth < 0:
        parser.error("--depth must be 0 or more")
    unknown = [t for t in split_list(args.type) if t not in style.EDGE_STYLES]
    if unknown:
        parser.error(f"--type: unknown relation type {', '.join(unknown)} (known: {', '.join(style.EDGE_STYLES)})")
    unknown = [t for t in split_list(args.entity_type) if t not in style.NODE_STYLES or t == "STATEMENT"]
    if unknown:
        parser.error(f"--entity-type: unknown entity type {', '.join(unknown)}")
    return args


def main(argv=None):
    args = parse_arguments(argv)
    try:
        g = newsgraph_reader.load_graph(args.graph)
        centres = [newsgraph_reader.resolve_one(g, name) for name in args.around]
    except (newsgraph_reader.GraphFileError, ValueError) as e:
        print(f"render: {e}", file=sys.stderr)
        return 1
    g = filter_graph(g, set(split_list(args.type)), set(split_list(args.entity_type)), args.date_from,
                     args.date_to, keep=centres)
    if centres:
        g = nx.compose_all([neighbourhood(g, centre, args.depth) for centre in centres])
    title = args.title
    if title is None:
        names = ", ".join(g.nodes[c].get("name", c) for c in centres)
        title = (f"around {names} (depth {args.depth})" if centres else "newsgraph") + \
                (f", {args.type}" if args.type else "")
    try:
        render(to_dot(g, centres, title), args.output, args.layout)
    except (RuntimeError, OSError) as e:
        print(f"render: {e}", file=sys.stderr)
        return 1
    print(f"render: wrote {args.output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
