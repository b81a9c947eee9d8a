"""Tests for tools/newsgraph_reader.py, tools/render.py and tools/viewer/build_view.py on the
sample articles (tests/samples), indexed and exported by the newsgraph binary.

    NEWSGRAPH_BINARY=build/newsgraph python3 tests/tools/tools_test.py [ReaderTest|RenderTest|...]

Exits 77 (ctest's skip) when networkx or the Python protobuf module is missing, or when
NEWSGRAPH_BINARY is not set. NEWSGRAPH_PB2_DIR, when set, points at the generated
newsgraph_pb2.py (the build's newsgraph_python target).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
TOOLS = os.path.join(REPO, "tools")
SKIPPED = 77


def missing_requirements():
    missing = []
    for module in ("networkx", "google.protobuf"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if not os.environ.get("NEWSGRAPH_BINARY"):
        missing.append("NEWSGRAPH_BINARY (the newsgraph program)")
    return missing


class SampleGraph:
    """tests/samples indexed once per test run, as graph.pb and as JSON."""
    folder = None

    @classmethod
    def make(cls):
        if cls.folder is None:
            cls.folder = tempfile.mkdtemp(prefix="newsgraph-tools-test-")
            binary = os.environ["NEWSGRAPH_BINARY"]
            subprocess.run([binary, "-q", "index", os.path.join(REPO, "tests", "samples"), "-o", cls.pb()], check=True)
            subprocess.run([binary, "-q", "export", cls.pb(), "-f", "json", "-o", cls.json()], check=True)
        return cls

    @classmethod
    def pb(cls):
        return os.path.join(cls.folder, "graph.pb")

    @classmethod
    def json(cls):
        return os.path.join(cls.folder, "graph.json")

    @classmethod
    def path(cls, name):
        return os.path.join(cls.folder, name)


def run_tool(script, *args):
    return subprocess.run([sys.executable, os.path.join(TOOLS, script), *args], capture_output=True, text=True)


def edges_between(g, a, b, relation_type):
    return [d for u, v, d in g.edges(data=True) if {u, v} == {a, b} and d["type"] == relation_type]


class ReaderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sample = SampleGraph.make()
        import newsgraph_reader
        cls.reader = newsgraph_reader
        cls.graph = newsgraph_reader.load_graph(cls.sample.pb())

    def test_entities_statements_and_relations(self):
        g = self.graph
        self.assertEqual(g.nodes["P:sergey_kislyak"]["type"], "PERSON")
        self.assertEqual(g.nodes["P:sergey_kislyak"]["name"], "Sergey Kislyak")
        statements = [n for n, d in g.nodes(data=True) if d["type"] == "STATEMENT"]
        self.assertTrue(statements)
        for s in statements:
            self.assertTrue(g.nodes[s]["quote"])
            self.assertTrue(any(d["type"] == "SAID" for _, _, d in g.in_edges(s, data=True)), s)
        [met] = edges_between(g, "P:sergey_kislyak", "P:jeff_sessions", "MET")
        self.assertFalse(met["negated"])
        self.assertEqual(met["modality"], "asserted")
        self.assertIn("Kislyak", met["evidence"][0]["sentence"])
        self.assertEqual(met["evidence"][0]["document_id"], "sessions-kislyak-recusal")
        self.assertEqual(met["evidence"][0]["date"], "2017-03-02")
        self.assertIn("sessions-kislyak-recusal", g.graph["documents"])

    def test_index_and_json_export_give_the_same_graph(self):
        from_json = self.reader.load_graph(self.sample.json())
        self.assertEqual(set(self.graph.nodes), set(from_json.nodes))
        self.assertEqual(self.graph.number_of_edges(), from_json.number_of_edges())
        for source, target, key, data in from_json.edges(keys=True, data=True):
            mine = self.graph.edges[source, target, key]
            self.assertEqual((mine["type"], mine["negated"], mine["modality"]),
                             (data["type"], data["negated"], data["modality"]))
            self.assertEqual([e["sentence"] for e in mine["evidence"]], [e["sentence"] for e in data["evidence"]])

    def test_find_nodes_by_surname_alias_and_id(self):
        self.assertEqual(self.reader.find_nodes(self.graph, "kislyak"), ["P:sergey_kislyak"])
        self.assertEqual(self.reader.find_nodes(self.graph, "P:jeff_sessions"), ["P:jeff_sessions"])
        self.assertEqual(self.reader.resolve_one(self.graph, "Sergey Kislyak"), "P:sergey_kislyak")
        with self.assertRaisesRegex(ValueError, "did you mean Sergey Kislyak"):
            self.reader.resolve_one(self.graph, "Kislak")

    def test_foreign_corrupt_and_truncated_files_are_refused(self):
        foreign = self.sample.path("foreign.pb")
        with open(foreign, "wb") as f:
            f.write(b"\x0a\x05hello")
        with self.assertRaisesRegex(self.reader.GraphFileError, "not a newsgraph index"):
            self.reader.load_graph(foreign)
        index = self.reader.read_index(self.sample.pb())
        del index.relations[-1]  # as if the file were cut after the last but one relation
        cut = self.sample.path("cut.pb")
        with open(cut, "wb") as f:
            f.write(index.SerializeToString())
        with self.assertRaisesRegex(self.reader.GraphFileError, "truncated index"):
            self.reader.load_graph(cut)
        with open(self.sample.pb(), "rb") as f:
            data = f.read()
        halved = self.sample.path("halved.pb")
        with open(halved, "wb") as f:
            f.write(data[: len(data) // 2])
        with self.assertRaises(self.reader.GraphFileError):
            self.reader.load_graph(halved)
        with self.assertRaisesRegex(self.reader.GraphFileError, "cannot read"):
            self.reader.load_graph(self.sample.path("absent.pb"))

    def test_command_prints_a_summary(self):
        result = run_tool("newsgraph_reader.py", self.sample.pb(), "--top", "3")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"\d+ nodes, \d+ edges, 5 documents \(2017-03-02 \.\. ")
        self.assertIn("MET ", result.stdout)
        self.assertEqual(len(result.stdout.split("most connected:")[1].strip().splitlines()), 3)
        result = run_tool("newsgraph_reader.py", self.sample.path("absent.pb"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("absent.pb", result.stderr)


class RenderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sample = SampleGraph.make()

    def render(self, *args):
        result = run_tool("render.py", self.sample.pb(), *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result

    @unittest.skipUnless(shutil.which("dot"), "graphviz (dot) not installed")
    def test_neighbourhood_as_svg(self):
        output = self.sample.path("kislyak.svg")
        self.render("--around", "Kislyak", "--depth", "1", "--type", "MET,SAID", "-o", output)
        svg = ElementTree.parse(output).getroot()  # raises on invalid XML
        self.assertEqual(svg.tag, "{http://www.w3.org/2000/svg}svg")
        titles = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}title")]
        self.assertIn("P:sergey_kislyak", titles)
        self.assertIn("P:jeff_sessions", titles)
        self.assertFalse(any(t.startswith("OFF:") for t in titles if t), titles)  # HOLDS_OFFICE filtered out

    @unittest.skipUnless(shutil.which("dot"), "graphviz (dot) not installed")
    def test_whole_graph_as_png(self):
        output = self.sample.path("all.png")
        self.render("-o", output)
        with open(output, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")

    def test_dot_output_styles_relations(self):
        output = self.sample.path("sessions.dot")
        self.render("--around", "Sessions", "--depth", "1", "-o", output)
        with open(output, encoding="utf-8") as f:
            dot = f.read()
        self.assertTrue(dot.startswith("digraph newsgraph {"))
        self.assertRegex(dot, r'"P:jeff_sessions" \[[^]]*penwidth=3')  # the centre stands out
        self.assertRegex(dot, r'"P:jeff_sessions" -> "P:sergey_kislyak" \[[^]]*dir=none|'
                              r'"P:sergey_kislyak" -> "P:jeff_sessions" \[[^]]*dir=none')
        self.assertIn("shape=note", dot)  # his statements

    def test_date_filter_drops_other_years(self):
        output = self.sample.path("2019.dot")
        self.render("--from", "2019-01-01", "-o", output)
        with open(output, encoding="utf-8") as f:
            dot = f.read()
        self.assertNotIn("P:sergey_kislyak", dot)  # his meeting is from 2017

    def test_unknown_name_and_type_are_errors(self):
        result = run_tool("render.py", self.sample.pb(), "--around", "Nobody Atall", "-o", self.sample.path("x.svg"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("no entity named 'Nobody Atall'", result.stderr)
        result = run_tool("render.py", self.sample.pb(), "--type", "MEETS", "-o", self.sample.path("x.svg"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("unknown relation type MEETS", result.stderr)


class BuildViewTest(unittest.TestCase):
    """The page's behaviour is tested in Chromium (tools/viewer/drive.mjs); this checks what
    build_view.py writes."""

    @classmethod
    def setUpClass(cls):
        cls.sample = SampleGraph.make()

    def build(self, source, *extra):
        output = self.sample.path("view.html")
        return run_tool(os.path.join("viewer", "build_view.py"), source, "-o", output, *extra), output

    def test_page_is_self_contained(self):
        cytoscape = self.sample.path("fake-cytoscape.js")
        with open(cytoscape, "w", encoding="utf-8") as f:
            f.write("window.cytoscape = function () {}; // </script> inside a string\n")
        result, output = self.build(self.sample.json(), "--cytoscape", cytoscape)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(output, encoding="utf-8") as f:
            page = f.read()
        self.assertNotRegex(page, r"<script[^>]+src=|<link[^>]+href=")  # nothing to fetch
        self.assertEqual(page.count("</script>"), 3)  # cytoscape, data, view: nothing closed early
        self.assertIn("window.cytoscape = function", page)
        self.assertIn("P:sergey_kislyak", page)
        self.assertNotIn("@CSS@", page)

    def test_reads_an_index_too_and_refuses_garbage(self):
        cytoscape = self.sample.path("fake-cytoscape.js")
        result, _ = self.build(self.sample.pb(), "--cytoscape", cytoscape)
        self.assertEqual(result.returncode, 0, result.stderr)
        garbage = self.sample.path("garbage.json")
        with open(garbage, "w", encoding="utf-8") as f:
            f.write("{not json")
        result, _ = self.build(garbage, "--cytoscape", cytoscape)
        self.assertEqual(result.returncode, 1)
        self.assertIn("garbage.json: not a newsgraph JSON export", result.stderr)


if __name__ == "__main__":
    missing = missing_requirements()
    if missing:
        print(f"SKIP: missing {', '.join(missing)} (tools/setup.sh installs python3-networkx and python3-protobuf)")
        sys.exit(SKIPPED)
    sys.path.insert(0, TOOLS)
    try:
        unittest.main(verbosity=2)
    finally:
        if SampleGraph.folder:
            shutil.rmtree(SampleGraph.folder, ignore_errors=True)
