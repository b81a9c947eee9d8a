// The article text of an HTML page, through a real HTML parser (gumbo).
//
// Contract: the text is the page's readable paragraphs, one per block element
// (p, h1-h6, li, blockquote, div text...), separated by blank lines, white
// space collapsed. Left out: <head> (but its <title>), scripts and styles,
// navigation (<nav>, <header>, <footer>, <aside>, role="navigation"), forms,
// figures and captions (<figcaption>, class "caption"), and link lines that
// start "Related:". The title is the first <h1>, else <title>; the date is
// the first 10 characters of an article:published_time / date meta tag or of
// a <time datetime> attribute when they form YYYY-MM-DD, else empty.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

struct HtmlText {
  std::string title;
  std::string date;
  std::string text;  // starts with the title when the page has one
};

HtmlText ExtractHtmlText(std::string_view html);

}  // namespace newsgraph
