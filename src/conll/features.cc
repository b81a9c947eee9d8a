#include "conll/features.h"

#include <algorithm>
#include <span>
#include <unordered_set>

#include "conll/scorer.h"
#include "util/text.h"

namespace newsgraph::conll {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return (h ^ 0x1f) * kFnvPrime;  // a separator, so ("ab","c") != ("a","bc")
}

// What the features need of a token, computed once per document.
struct TokenInfo {
  std::string lower;
  std::string shape, short_shape;
  bool upper = false;      // first letter upper-case
  bool lower_start = false;
  uint32_t id = Vocabulary::kUnknown;  // the gazetteer's id of `lower`
};

struct SentenceInfo {
  std::vector<TokenInfo> tokens;
  bool all_caps = false;  // a headline: case says nothing
  // Longest matches, per token: type index or -1, and whether the match starts here.
  std::vector<int> list_type, gaz_type;
  std::vector<bool> list_begin, gaz_begin, list_ambiguous;
  std::vector<uint8_t> list_types, gaz_types, gaz_short;  // type bits
  std::vector<size_t> list_length, gaz_length;
  std::vector<uint32_t> ids;
};

std::string TypeBits(uint8_t bits) {
  std::string s;
  for (int t = 0; t < kNumTypes; ++t) {
    if (bits & (1u << t)) {
      if (!s.empty()) s += '|';
      s += kTypes[t];
    }
  }
  return s;
}

int FirstType(uint8_t bits) {
  for (int t = 0; t < kNumTypes; ++t) {
    if (bits & (1u << t)) return t;
  }
  return -1;
}

std::string JoinWords(const std::vector<TokenInfo>& tokens, size_t begin, size_t end) {
  std::string key;
  for (size_t j = begin; j < end; ++j) {
    if (j > begin) key += ' ';
    key += tokens[j].lower;
  }
  return key;
}

class Sink {
 public:
  explicit Sink(std::vector<uint64_t>* out) : out_(out) {}
  void Add(std::string_view name) { out_->push_back(Mix(kFnvOffset, name)); }
  void Add(std::string_view name, std::string_view value) { out_->push_back(Mix(Mix(kFnvOffset, name), value)); }
  void Add(std::string_view name, std::string_view a, std::string_view b) {
    out_->push_back(Mix(Mix(Mix(kFnvOffset, name), a), b));
  }

 private:
  std::vector<uint64_t>* out_;
};

}  // namespace

std::string WordShape(std::string_view word, bool collapse) {
  std::string shape;
  for (unsigned char c : word) {
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (c >= 0x80) {
      k = 'u';  // a byte of a non-ASCII letter
    } else {
      k = static_cast<char>(c);
    }
    if (collapse && !shape.empty() && shape.back() == k) continue;
    shape += k;
  }
  // Long words have long shapes that never repeat; keep the ends.
  if (!collapse && shape.size() > 8) shape = shape.substr(0, 4) + "~" + shape.substr(shape.size() - 4);
  return shape;
}

void EntityLists::AddDocument(const Document& doc, int sign) {
  std::vector<std::string> tags;
  for (const Sentence& s : doc.sentences) {
    tags.clear();
    for (const Token& t : s.tokens) tags.push_back(t.tag);
    for (const Chunk& c : Chunks(tags)) {
      if (c.end - c.begin > kMaxWords) continue;
      int type = TypeIndex(c.type);
      if (type < 0) continue;
      std::string key;
      for (size_t j = c.begin; j < c.end; ++j) {
        if (j > c.begin) key += ' ';
        key += FoldCase(s.tokens[j].word);
      }
      counts_[key][static_cast<size_t>(type)] += sign;
    }
  }
}

const EntityLists::TypeCounts* EntityLists::Find(const std::string& phrase) const {
  auto it = counts_.find(phrase);
  if (it == counts_.end()) return nullptr;
  for (int32_t c : it->second) {
    if (c > 0) return &it->second;
  }
  return nullptr;
}

FeatureExtractor::FeatureExtractor(const Knowledge* knowledge, const EntityLists* lists, FeatureOptions options)
    : knowledge_(options.gazetteer ? knowledge : nullptr),
      lists_(options.entity_lists ? lists : nullptr),
      options_(options) {
  if (knowledge_ == nullptr) return;
  for (const AliasRecord& a : knowledge_->aliases()) {
    int type;
    switch (knowledge_->entity(a.entity).type) {
      case EntityType::kPerson: type = 0; break;
      case EntityType::kOrganization: type = 1; break;
      case EntityType::kPlace: type = 2; break;
      default: continue;  // offices ("the Secretary of State") are not names in CoNLL
    }
    uint32_t node = aliases_.Insert(a.words);
    if (aliases_.Payload(node) < 0) {
      aliases_.SetPayload(node, static_cast<int32_t>(alias_types_.size()));
      alias_types_.push_back(0);
    }
    alias_types_[static_cast<size_t>(aliases_.Payload(node))] |=
        static_cast<uint16_t>(1u << (a.short_form ? type + 4 : type));
  }
}

FeatureExtractor::Match FeatureExtractor::LongestAlias(const std::vector<uint32_t>& ids,
                                                       const std::vector<std::string>& words, size_t i) const {
  Match best;
  if (!StartsUpper(words[i])) return best;
  uint32_t node = 0;
  for (size_t j = i; j < ids.size(); ++j) {
    if (ids[j] == Vocabulary::kUnknown) break;
    node = aliases_.Child(node, ids[j]);
    if (node == PhraseTrie::kNoNode) break;
    int32_t payload = aliases_.Payload(node);
    if (payload < 0) continue;
    uint16_t bits = alias_types_[static_cast<size_t>(payload)];
    best.length = j - i + 1;
    best.types = static_cast<uint8_t>(bits & 0xf);
    best.short_form = best.types == 0;
    if (best.short_form) best.types = static_cast<uint8_t>(bits >> 4);
  }
  return best;
}

void FeatureExtractor::MatchGazetteer(const std::vector<std::string>& words, std::vector<int>* types,
                                      std::vector<bool>* begins) const {
  types->assign(words.size(), -1);
  begins->assign(words.size(), false);
  if (knowledge_ == nullptr) return;
  std::vector<uint32_t> ids;
  for (const auto& w : words) ids.push_back(knowledge_->vocabulary().Find(FoldCase(w)));
  for (size_t i = 0; i < words.size();) {
    Match m = LongestAlias(ids, words, i);
    if (m.length == 0) {
      ++i;
      continue;
    }
    (*begins)[i] = true;
    for (size_t j = i; j < i + m.length; ++j) (*types)[j] = FirstType(m.types);
    i += m.length;
  }
}

std::vector<SentenceFeatures> FeatureExtractor::Extract(const Document& doc) const {
  // Pass 1: each token and sentence on its own, and the longest matches.
  std::vector<SentenceInfo> infos(doc.sentences.size());
  std::vector<std::string> words;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    SentenceInfo& si = infos[s];
    const size_t n = sentence.tokens.size();
    si.tokens.resize(n);
    bool any_lower = false, any_letters = false;
    words.clear();
    for (size_t i = 0; i < n; ++i) {
      const std::string& w = sentence.tokens[i].word;
      TokenInfo& t = si.tokens[i];
      FoldCase(w, &t.lower);
      t.shape = WordShape(w, false);
      t.short_shape = WordShape(w, true);
      t.upper = StartsUpper(w);
      t.lower_start = !w.empty() && w[0] >= 'a' && w[0] <= 'z';
      if (t.lower != w) any_letters = true;
      if (t.shape.find('x') != std::string::npos) any_lower = true;
      if (knowledge_ != nullptr) t.id = knowledge_->vocabulary().Find(t.lower);
      si.ids.push_back(t.id);
      words.push_back(w);
    }
    si.all_caps = any_letters && !any_lower && n > 1;
    si.list_type.assign(n, -1);
    si.list_begin.assign(n, false);
    si.list_ambiguous.assign(n, false);
    si.list_types.assign(n, 0);
    si.list_length.assign(n, 0);
    if (lists_ != nullptr) {
      for (size_t i = 0; i < n;) {
        size_t length = 0;
        const EntityLists::TypeCounts* counts = nullptr;
        if (si.tokens[i].upper || si.all_caps) {
          for (size_t l = std::min(EntityLists::kMaxWords, n - i); l >= 1 && counts == nullptr; --l) {
            counts = lists_->Find(JoinWords(si.tokens, i, i + l));
            if (counts != nullptr) length = l;
          }
        }
        if (counts == nullptr) {
          ++i;
          continue;
        }
        int best = 0, total = 0;
        uint8_t bits = 0;
        for (int t = 0; t < kNumTypes; ++t) {
          int c = (*counts)[static_cast<size_t>(t)];
          if (c <= 0) continue;
          total += c;
          bits |= static_cast<uint8_t>(1u << t);
          if (c > (*counts)[static_cast<size_t>(best)]) best = t;
        }
        bool ambiguous = (*counts)[static_cast<size_t>(best)] * 10 < total * 8;
        for (size_t j = i; j < i + length; ++j) {
          si.list_type[j] = best;
          si.list_begin[j] = j == i;
          si.list_ambiguous[j] = ambiguous;
          si.list_types[j] = bits;
          si.list_length[j] = length;
        }
        i += length;
      }
    }
    si.gaz_type.assign(n, -1);
    si.gaz_begin.assign(n, false);
    si.gaz_types.assign(n, 0);
    si.gaz_short.assign(n, 0);
    si.gaz_length.assign(n, 0);
    if (knowledge_ != nullptr) {
      for (size_t i = 0; i < n;) {
        Match m = LongestAlias(si.ids, words, i);
        if (m.length == 0) {
          ++i;
          continue;
        }
        for (size_t j = i; j < i + m.length; ++j) {
          si.gaz_type[j] = FirstType(m.types);
          si.gaz_begin[j] = j == i;
          si.gaz_types[j] = m.types;
          si.gaz_short[j] = m.short_form;
          si.gaz_length[j] = m.length;
        }
        i += m.length;
      }
    }
  }

  // Pass 2: what the document says about each word form.
  std::unordered_set<std::string> title_inside, lower_seen, in_longer, after_given;
  std::unordered_map<std::string, uint8_t> list_in_longer, gaz_in_longer;
  if (options_.document) {
    for (const SentenceInfo& si : infos) {
      const size_t n = si.tokens.size();
      for (size_t i = 0; i < n; ++i) {
        const TokenInfo& t = si.tokens[i];
        if (t.lower_start) lower_seen.insert(t.lower);
        if (si.all_caps) continue;
        if (t.upper && i > 0) title_inside.insert(t.lower);
        if (si.list_length[i] >= 2 && si.list_type[i] >= 0) list_in_longer[t.lower] |= static_cast<uint8_t>(1u << si.list_type[i]);
        if (si.gaz_length[i] >= 2 && si.gaz_type[i] >= 0) gaz_in_longer[t.lower] |= static_cast<uint8_t>(1u << si.gaz_type[i]);
      }
      // Runs of capitalized words: "Bill Clinton" tells about a later "Clinton".
      for (size_t i = 0; i < n;) {
        if (si.all_caps || !si.tokens[i].upper) {
          ++i;
          continue;
        }
        size_t j = i;
        while (j < n && si.tokens[j].upper) ++j;
        if (j - i >= 2) {
          bool given = knowledge_ != nullptr && knowledge_->lexicons().given_names.LongestAt(si.ids, i).has_value();
          for (size_t k = i; k < j; ++k) {
            in_longer.insert(si.tokens[k].lower);
            if (given && k > i) after_given.insert(si.tokens[k].lower);
          }
        }
        i = j;
      }
    }
  }

  // Pass 3: the features.
  std::vector<SentenceFeatures> out(doc.sentences.size());
  static const std::string kStart = "<s>", kEnd = "</s>";
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    const SentenceInfo& si = infos[s];
    const size_t n = sentence.tokens.size();
    auto lower_at = [&](ptrdiff_t i) -> const std::string& {
      if (i < 0) return kStart;
      if (i >= static_cast<ptrdiff_t>(n)) return kEnd;
      return si.tokens[static_cast<size_t>(i)].lower;
    };
    auto shape_at = [&](ptrdiff_t i) -> const std::string& {
      if (i < 0) return kStart;
      if (i >= static_cast<ptrdiff_t>(n)) return kEnd;
      return si.tokens[static_cast<size_t>(i)].short_shape;
    };
    auto pos_at = [&](ptrdiff_t i) -> const std::string& {
      if (i < 0) return kStart;
      if (i >= static_cast<ptrdiff_t>(n)) return kEnd;
      return sentence.tokens[static_cast<size_t>(i)].pos;
    };
    auto list_tag = [&](ptrdiff_t i) -> std::string {
      if (i < 0 || i >= static_cast<ptrdiff_t>(n)) return "-";
      auto k = static_cast<size_t>(i);
      if (si.list_type[k] < 0) return "O";
      return std::string(si.list_begin[k] ? "B-" : "I-") + std::string(kTypes[si.list_type[k]]);
    };
    auto gaz_tag = [&](ptrdiff_t i) -> std::string {
      if (i < 0 || i >= static_cast<ptrdiff_t>(n)) return "-";
      auto k = static_cast<size_t>(i);
      if (si.gaz_type[k] < 0) return "O";
      return std::string(si.gaz_begin[k] ? "B-" : "I-") + TypeBits(si.gaz_types[k]);
    };
    const Lexicons* lex = knowledge_ != nullptr ? &knowledge_->lexicons() : nullptr;
    out[s].resize(n);
    for (size_t i = 0; i < n; ++i) {
      const auto p = static_cast<ptrdiff_t>(i);
      const Token& tok = sentence.tokens[i];
      const TokenInfo& t = si.tokens[i];
      out[s][i].reserve(64);
      Sink f(&out[s][i]);
      f.Add("b");
      f.Add("w", tok.word);
      f.Add("l", t.lower);
      f.Add("sh", t.shape);
      f.Add("ss", t.short_shape);
      for (size_t k = 1; k <= 4 && k <= t.lower.size(); ++k) {
        f.Add("p", std::to_string(k), std::string_view(tok.word).substr(0, k));
        f.Add("s", std::to_string(k), std::string_view(t.lower).substr(t.lower.size() - k));
      }
      f.Add("l-1", lower_at(p - 1));
      f.Add("l+1", lower_at(p + 1));
      f.Add("l-2", lower_at(p - 2));
      f.Add("l+2", lower_at(p + 2));
      f.Add("l-1l", lower_at(p - 1), t.lower);
      f.Add("ll+1", t.lower, lower_at(p + 1));
      f.Add("ss-1", shape_at(p - 1));
      f.Add("ss+1", shape_at(p + 1));
      f.Add("ss-1ss", shape_at(p - 1), t.short_shape);
      f.Add("ssss+1", t.short_shape, shape_at(p + 1));
      f.Add("pos", tok.pos);
      f.Add("pos-1", pos_at(p - 1));
      f.Add("pos+1", pos_at(p + 1));
      f.Add("pos-1pos", pos_at(p - 1), tok.pos);
      f.Add("ch", tok.chunk);
      if (i > 0) f.Add("ch-1ch", sentence.tokens[i - 1].chunk, tok.chunk);
      if (i == 0) f.Add("init", t.short_shape);
      if (si.all_caps) {
        f.Add("ac");
        f.Add("ac-l", t.lower);
      }
      // A capital letter tells less at the start of a sentence or in a headline.
      const bool weak_case = i == 0 || si.all_caps;
      if (options_.document && t.upper) {
        std::string_view where = weak_case ? "weak" : "inside";
        if (weak_case && title_inside.count(t.lower)) f.Add("d-title", where);
        if (lower_seen.count(t.lower)) f.Add("d-lower", where);
        if (in_longer.count(t.lower) && si.list_length[i] < 2) f.Add("d-longer", where);
        if (after_given.count(t.lower)) f.Add("d-after-given", where);
        if (auto it = list_in_longer.find(t.lower); it != list_in_longer.end() && si.list_length[i] < 2) {
          f.Add("d-list", TypeBits(it->second));
        }
        if (auto it = gaz_in_longer.find(t.lower); it != gaz_in_longer.end() && si.gaz_length[i] < 2) {
          f.Add("d-gaz", TypeBits(it->second));
        }
      }
      if (lists_ != nullptr) {
        std::string tag = list_tag(p);
        f.Add("lt", tag);
        f.Add("lt-1", list_tag(p - 1));
        f.Add("lt+1", list_tag(p + 1));
        f.Add("ltss", tag, t.short_shape);
        if (si.list_type[i] >= 0) {
          if (si.list_ambiguous[i]) f.Add("lt-amb", TypeBits(si.list_types[i]));
          f.Add("lt-len", std::to_string(std::min<size_t>(si.list_length[i], 4)), tag);
        }
      }
      if (knowledge_ != nullptr) {
        std::string tag = gaz_tag(p);
        f.Add("gz", tag);
        f.Add("gz-1", gaz_tag(p - 1));
        f.Add("gz+1", gaz_tag(p + 1));
        if (si.gaz_short[i]) f.Add("gz-short", tag);
        std::span<const uint32_t> ids(si.ids);
        if (lex->given_names.LongestAt(ids, i)) f.Add("given", t.upper ? "cap" : "low");
        if (i > 0 && lex->given_names.LongestAt(ids, i - 1)) f.Add("given-1");
        if (i > 0 && lex->honorifics.LongestAt(ids, i - 1)) f.Add("honorific-1");
        if (auto hit = lex->nationalities.LongestAt(ids, i)) f.Add("nationality", std::to_string(hit->length));
        if (auto hit = lex->org_cues.LongestAt(ids, i)) f.Add("org-cue", *hit->value);
        if (i + 1 < n) {
          if (auto hit = lex->org_cues.LongestAt(ids, i + 1)) f.Add("org-cue+1", *hit->value);
        }
        if (lex->calendar.LongestAt(ids, i)) f.Add("calendar");
      }
    }
  }
  return out;
}

}  // namespace newsgraph::conll
