// Package feeds keeps a corpus folder fed from the web: it polls RSS and
// Atom feeds, fetches each new item's page (or one page asked for by URL),
// extracts the article with corpus.ParseHTML and saves it as a Markdown
// article with front matter, which the corpus loader and the folder watch
// then read like any other file.
//
// feeds sits on the corpus side of talkbot: it imports corpus and nothing
// to its right. What it has already handled is remembered through the small
// Seen interface, which the store implements; MemSeen keeps it in memory.
//
// Every fetch is bounded: a timeout, a body size limit, at most a few
// redirects, http and https only, and a User-Agent that says what is
// asking. A feed or page that fails is reported and tried again on the next
// poll; a page with no article text is reported and not saved.
package feeds
