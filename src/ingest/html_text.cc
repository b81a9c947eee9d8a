#include "ingest/html_text.h"

#include <gumbo.h>

#include <string_view>
#include <vector>

#include "util/date.h"

namespace newsgraph {
namespace {

// Link lists that sites put between paragraphs; not part of the story.
constexpr std::string_view kRelatedLinkLine = "Related:";

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_DL:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  return attribute == nullptr ? std::string_view() : std::string_view(attribute->value);
}

bool IsCaptionOrNavigation(const GumboElement& element) {
  return Attribute(element, "role") == "navigation" ||
         Attribute(element, "class").find("caption") != std::string_view::npos;
}

std::string DateOf(std::string_view value) {
  if (value.size() < 10) return "";
  std::string_view day = value.substr(0, 10);
  return ParseDate(day) ? std::string(day) : "";
}

class TextCollector {
 public:
  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      Append(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      WalkChildren(node->v.document.children);
      return;
    }
    const GumboElement& element = node->v.element;
    if (element.tag == GUMBO_TAG_HEAD) ReadHead(element);
    if (element.tag == GUMBO_TAG_TIME && date_.empty()) date_ = DateOf(Attribute(element, "datetime"));
    if (IsSkippedTag(element.tag) || IsCaptionOrNavigation(element)) return;
    bool block = IsBlockTag(element.tag);
    if (block) EndParagraph();
    bool heading = element.tag == GUMBO_TAG_H1 && h1_.empty();
    WalkChildren(element.children);
    if (heading) h1_ = current_;
    if (block) EndParagraph();
  }

  HtmlText Finish() {
    EndParagraph();
    HtmlText out;
    out.title = h1_.empty() ? title_ : h1_;
    out.date = date_;
    if (h1_.empty() && !title_.empty()) out.text = title_;
    for (const std::string& paragraph : paragraphs_) {
      if (!out.text.empty()) out.text += "\n\n";
      out.text += paragraph;
    }
    return out;
  }

 private:
  void WalkChildren(const GumboVector& children) {
    for (unsigned i = 0; i < children.length; ++i) Walk(static_cast<const GumboNode*>(children.data[i]));
  }

  void ReadHead(const GumboElement& head) {
    for (unsigned i = 0; i < head.children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(head.children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& element = child->v.element;
      if (element.tag == GUMBO_TAG_TITLE && title_.empty()) {
        TextCollector inner;
        inner.WalkChildren(element.children);
        inner.EndParagraph();
        if (!inner.paragraphs_.empty()) title_ = inner.paragraphs_.front();
      } else if (element.tag == GUMBO_TAG_META && date_.empty()) {
        std::string_view key = Attribute(element, "property");
        if (key.empty()) key = Attribute(element, "name");
        if (key == "article:published_time" || key == "date" || key == "pubdate") {
          date_ = DateOf(Attribute(element, "content"));
        }
      }
    }
  }

  // Collapses runs of white space to one space as text arrives.
  void Append(std::string_view text) {
    for (char c : text) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = !current_.empty();
      } else {
        if (pending_space_) current_ += ' ';
        pending_space_ = false;
        current_ += c;
      }
    }
  }

  void EndParagraph() {
    if (!current_.empty() && current_.compare(0, kRelatedLinkLine.size(), kRelatedLinkLine) != 0) {
      paragraphs_.push_back(current_);
    }
    current_.clear();
    pending_space_ = false;
  }

  std::vector<std::string> paragraphs_;
  std::string current_;
  bool pending_space_ = false;
  std::string title_;
  std::string h1_;
  std::string date_;
};

}  // namespace

HtmlText ExtractHtmlText(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  TextCollector collector;
  collector.Walk(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return collector.Finish();
}

}  // namespace newsgraph
