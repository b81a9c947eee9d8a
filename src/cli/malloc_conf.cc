// jemalloc's compiled-in options, read before the first allocation. Linked into
// the newsgraph executable only when jemalloc is (see CMakeLists.txt).
//
// Why: the pipeline allocates millions of small objects, and on virtual machines
// every first touch of a 4 KiB page is an expensive fault. Transparent huge pages
// for the heap and jemalloc's metadata cut start-up (gazetteer and name list
// loads) by about a third and indexing time by about a fifth; see README, Corpora.
// Users can still override any of it with the MALLOC_CONF environment variable.
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's interface.
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always";
}
