// The compiled gazetteer (proto/gazetteer.proto): Knowledge written out with
// its phrases already interned, and read back without tokenizing a word.
#include <google/protobuf/arena.h>
#include <spdlog/spdlog.h>

#include "gazetteer.pb.h"
#include "knowledge/knowledge.h"
#include "util/error.h"
#include "util/files.h"

namespace newsgraph {
namespace {

constexpr char kMagic[] = "newsgraph-gazetteer";
constexpr uint32_t kFormatVersion = 1;

void WriteSpans(const std::vector<std::vector<Tenure>>& by_person,
                google::protobuf::RepeatedPtrField<pb::GazetteerSpan>* out) {
  for (const auto& list : by_person) {
    for (const Tenure& t : list) {
      pb::GazetteerSpan* s = out->Add();
      s->set_person(t.person);
      s->set_other(t.office);
      s->set_start(t.start);
      s->set_end(t.end);
    }
  }
}

}  // namespace

void Knowledge::Compile(const std::string& out_path, const std::string& source) const {
  pb::CompiledGazetteer g;
  g.set_magic(kMagic);
  g.set_format_version(kFormatVersion);
  g.set_created_by(std::string("newsgraph ") + NEWSGRAPH_VERSION);
  g.set_source(source);
  for (std::string& w : vocabulary_.WordsById()) g.add_words(std::move(w));
  for (const std::string& a : abbreviations_) g.add_abbreviations(a);
  for (size_t i = 0; i < entities_.size(); ++i) {
    const EntityRecord& e = entities_[i];
    pb::GazetteerEntity* out = g.add_entities();
    out->set_id(e.id);
    out->set_type(static_cast<uint32_t>(e.type));
    out->set_name(e.name);
    for (const std::string& a : e.aliases) out->add_aliases(a);
    for (const auto& [k, v] : e.attributes) {
      out->add_attribute_keys(k);
      out->add_attribute_values(v);
    }
    out->set_imported(e.imported);
    if (i < origins_.size()) out->set_origin(origins_[i].first + ":" + std::to_string(origins_[i].second));
  }
  for (const AliasRecord& a : aliases_) {
    pb::GazetteerAlias* out = g.add_aliases();
    out->set_entity(a.entity);
    for (uint32_t w : a.words) out->add_words(w);
    out->set_capitalized_mask(a.capitalized_mask);
    out->set_short_form(a.short_form);
  }
  WriteSpans(tenures_by_person_, g.mutable_tenures());
  WriteSpans(memberships_by_person_, g.mutable_memberships());
  for (const LexiconEntry& l : lexicon_entries_) {
    pb::GazetteerLexiconEntry* out = g.add_lexicon_entries();
    out->set_lexicon(l.lexicon);
    for (uint32_t w : l.words) out->add_words(w);
    out->set_value(l.value);
  }
  std::string bytes;
  if (!g.SerializeToString(&bytes)) throw Error(out_path + ": could not serialize the gazetteer");
  WriteFileAtomically(out_path, bytes);
}

std::unique_ptr<Knowledge> Knowledge::LoadCompiled(const std::string& path) {
  std::string bytes = ReadFile(path);
  // An arena: the message is hundreds of thousands of small strings and
  // arrays, and is thrown away as soon as the tables are built.
  google::protobuf::Arena arena;
  pb::CompiledGazetteer& g = *google::protobuf::Arena::CreateMessage<pb::CompiledGazetteer>(&arena);
  if (!g.ParseFromString(bytes) || g.magic() != kMagic) {
    throw Error(path + ": not a compiled newsgraph gazetteer (make one with `newsgraph gazetteer compile DIR -o " +
                path + "`, or pass the folder)");
  }
  if (g.format_version() > kFormatVersion) {
    throw Error(path + ": compiled gazetteer format " + std::to_string(g.format_version()) + " is newer than this " +
                "newsgraph reads (" + std::to_string(kFormatVersion) + "); recompile it or upgrade");
  }
  std::string().swap(bytes);  // parsed: the raw bytes need not outlive the parse
  const uint32_t n_words = static_cast<uint32_t>(g.words_size());
  const uint32_t n_entities = static_cast<uint32_t>(g.entities_size());
  auto corrupt = [&](const std::string& what) { return Error(path + ": corrupt compiled gazetteer: " + what); };

  std::unique_ptr<Knowledge> k(new Knowledge());
  for (uint32_t i = 0; i < n_words; ++i) {
    if (k->vocabulary_.Intern(g.words(static_cast<int>(i))) != i) throw corrupt("repeated word");
  }
  k->abbreviations_.assign(g.abbreviations().begin(), g.abbreviations().end());
  k->tokenizer_ = std::make_unique<Tokenizer>(
      StringSet(k->abbreviations_.begin(), k->abbreviations_.end()));

  k->entities_.reserve(n_entities);
  k->origins_.reserve(n_entities);
  for (const pb::GazetteerEntity& in : g.entities()) {
    if (in.type() > static_cast<uint32_t>(EntityType::kPlace)) throw corrupt("entity type " + std::to_string(in.type()));
    if (in.attribute_keys_size() != in.attribute_values_size()) throw corrupt("attributes of " + in.id());
    EntityRecord e;
    e.id = in.id();
    e.type = static_cast<EntityType>(in.type());
    e.name = in.name();
    e.imported = in.imported();
    e.aliases.assign(in.aliases().begin(), in.aliases().end());
    for (int i = 0; i < in.attribute_keys_size(); ++i) e.SetAttribute(in.attribute_keys(i), in.attribute_values(i));
    std::string origin = in.origin();
    size_t colon = origin.rfind(':');
    size_t line = colon == std::string::npos ? 0 : std::strtoul(origin.c_str() + colon + 1, nullptr, 10);
    k->origins_.emplace_back(colon == std::string::npos ? origin : origin.substr(0, colon), line);
    if (!k->by_id_.emplace(e.id, static_cast<uint32_t>(k->entities_.size())).second) {
      throw corrupt("duplicate id " + e.id);
    }
    k->entities_.push_back(std::move(e));
  }
  k->aliases_.reserve(g.aliases_size());
  for (const pb::GazetteerAlias& in : g.aliases()) {
    if (in.entity() >= n_entities || in.words_size() == 0) throw corrupt("alias");
    AliasRecord a;
    a.entity = in.entity();
    a.words.assign(in.words().begin(), in.words().end());
    for (uint32_t w : a.words) {
      if (w >= n_words) throw corrupt("alias word");
    }
    a.capitalized_mask = in.capitalized_mask();
    a.short_form = in.short_form();
    k->aliases_.push_back(std::move(a));
  }
  k->tenures_by_person_.resize(n_entities);
  k->tenures_by_office_.resize(n_entities);
  k->memberships_by_person_.resize(n_entities);
  for (int pass = 0; pass < 2; ++pass) {
    for (const pb::GazetteerSpan& in : pass == 0 ? g.tenures() : g.memberships()) {
      if (in.person() >= n_entities || in.other() >= n_entities) throw corrupt("tenure");
      Tenure t{in.person(), in.other(), in.start(), in.end()};
      if (pass == 1) {
        k->memberships_by_person_[t.person].push_back(t);
      } else {
        k->tenures_by_person_[t.person].push_back(t);
        k->tenures_by_office_[t.office].push_back(t);
      }
    }
  }
  for (const pb::GazetteerLexiconEntry& in : g.lexicon_entries()) {
    Lexicon* lexicon = k->LexiconAt(in.lexicon());
    if (lexicon == nullptr || in.words_size() == 0) throw corrupt("lexicon entry");
    LexiconEntry entry{in.lexicon(), {in.words().begin(), in.words().end()}, in.value()};
    for (uint32_t w : entry.words) {
      if (w >= n_words) throw corrupt("lexicon word");
    }
    lexicon->Add(entry.words, entry.value);
    k->lexicon_entries_.push_back(std::move(entry));
  }
  k->IndexRoles();
  k->IndexSpelledOrganizations();
  return k;
}

}  // namespace newsgraph
