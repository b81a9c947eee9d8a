"""Colours and shapes of entity and relation types, shared by render.py (Graphviz)
and viewer/build_view.py (Cytoscape.js) so that both pictures read the same way."""

# Colours from the ColorBrewer "Set2"/"Dark2" families: distinct for most forms of
# colour blindness and readable both as fills (nodes) and as thin lines (edges).
NODE_STYLES = {
    "PERSON": {"color": "#66c2a5", "shape": "ellipse", "label": "person"},
    "ORGANIZATION": {"color": "#fc8d62", "shape": "box", "label": "organization"},
    "OFFICE": {"color": "#8da0cb", "shape": "hexagon", "label": "office"},
    "PLACE": {"color": "#a6d854", "shape": "house", "label": "place"},
    "STATEMENT": {"color": "#ffd92f", "shape": "note", "label": "statement (quote)"},
}
UNKNOWN_NODE_STYLE = {"color": "#cccccc", "shape": "ellipse", "label": "other"}

EDGE_STYLES = {
    "MET": {"color": "#1b9e77", "label": "met"},
    "CONTACTED": {"color": "#66a61e", "label": "contacted"},
    "SAID": {"color": "#d95f02", "label": "said"},
    "TOLD": {"color": "#e6ab02", "label": "told"},
    "ABOUT": {"color": "#a6761d", "label": "about"},
    "REACTED": {"color": "#e7298a", "label": "reacted"},
    "HOLDS_OFFICE": {"color": "#7570b3", "label": "holds office"},
    "MEMBER_OF": {"color": "#666666", "label": "member of"},
}
UNKNOWN_EDGE_STYLE = {"color": "#999999", "label": "other"}


def node_style(node_type):
    return NODE_STYLES.get(node_type, UNKNOWN_NODE_STYLE)


def edge_style(relation_type):
    return EDGE_STYLES.get(relation_type, UNKNOWN_EDGE_STYLE)


def is_undirected(relation_type):
    """A meeting has no direction: A met B is B met A."""
    return relation_type == "MET"


def is_uncertain(edge):
    """Planned, cancelled or hypothetical meetings: drawn dotted."""
    return edge.get("modality", "") not in ("", "asserted")


def abridge(text, limit=80):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
