// Web-page furniture that survives in the text of news articles saved as plain
// text or JSON lines, blanked before anything reads it.
//
// Contract: each function overwrites furniture with spaces (a paragraph break,
// "\n\n", where a caption ends), so the text keeps its length and every byte
// offset into it still points at the same words; it returns the number of
// pieces it blanked. Text without such furniture is left as it is, and the
// functions only look further when a cheap substring search finds their marker.
#pragma once

#include <cstddef>
#include <string>

namespace newsgraph {

// Inline link blurbs after a name: "Sen. Claire McCaskill Claire Conner
// McCaskillEx-CIA chief worries ... Gillibrand MORE (D-Mo.)" is the name as
// the text gives it, the person's full name glued to the headlines of related
// stories, and "MORE". What follows the name, up to "MORE", is blanked:
// "Sen. Claire McCaskill (D-Mo.)". A blurb is recognised only by its glue,
// the surname run into the first headline ("McCaskillEx-CIA",
// "McCain2020"), with that surname as a word a few words before it.
size_t BlankLinkBlurbs(std::string* text);

// Photo-gallery markers: "Hide Caption 2 of 13 Photos: Victims of the Paris
// terror attacks Cartoonist Georges Wolinski, 80, ..." is a caption counter and
// the gallery's title (the words every "Photos:" of the document starts
// with) before the next caption. Both are blanked; the captions stay, each a
// paragraph of its own.
size_t BlankGalleryMarkers(std::string* text);

// Embedded video players: "JUST WATCHED Obama angry about gun bill failure
// Replay More Videos ... MUST WATCH Obama angry about gun bill failure 01:43"
// is a player's furniture and the video's title, twice, up to its duration.
// All of it is blanked; where no duration follows, up to "...".
size_t BlankVideoPlayers(std::string* text);

}  // namespace newsgraph
