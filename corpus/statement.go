// Package corpus reads news articles and curated statement files and turns
// them into Statements: direct quotes and reported facts, each with who said
// them, when, where, and the article they come from.
//
// corpus owns the domain types the rest of talkbot speaks in (Article,
// Statement, Source); the index, the bot and the adapters build on them.
package corpus

// Kind says what sort of statement a Statement is.
type Kind string

// Statement kinds.
const (
	// Quote is a direct quote: Text is the speaker's exact words.
	Quote Kind = "quote"
	// Fact is a reported or attributed statement, or the article's own
	// reporting when Speaker is empty: Text is the content as the article
	// words it.
	Fact Kind = "fact"
)

// Source is the article a statement comes from.
type Source struct {
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"` // YYYY-MM-DD, or "" when unknown
}

// Statement is one sourced statement: who said what, when and where.
type Statement struct {
	// ID is stable for the same words from the same article.
	ID   string `json:"id,omitempty"`
	Kind Kind   `json:"kind"`
	// Speaker is the canonical full name ("Antony Blinken"), or the source
	// as the article names it ("a European diplomat"). Empty for the
	// article's own, unattributed reporting.
	Speaker string `json:"speaker"`
	// SpeakerTitle is the role the article gives the speaker
	// ("US Secretary of State"); may be empty.
	SpeakerTitle string `json:"speaker_title"`
	Text         string `json:"text"`
	SaidOn       string `json:"said_on"` // YYYY-MM-DD, or "" when unknown
	Where        string `json:"where"`
	Source       Source `json:"source"`
	// Mention is how the article names the speaker where it attributes the
	// words ("he", "the official", "Blinken").
	Mention string `json:"mention"`
	File    string `json:"file"`
	// Question is the question the statement answers: in a transcript,
	// the reporter's question just before the speaker's turn; empty for
	// news. It is the "context" of extract --json (CONTRACT.md), and is
	// indexed in its own field, "question", so that "what did X say when
	// asked about Y" can find the answer by the question's words.
	Question string `json:"context,omitempty"`
	// Sentence is the passage the statement was taken from, attribution
	// included; it is searched but not shown as the statement's words. For
	// the first paragraph of an answer in a transcript it is the exchange:
	// the question, then the paragraph.
	Sentence string `json:"-"`
	// Topics are the article's topics.
	Topics []string `json:"-"`
	// Aliases are other names the article uses for the speaker.
	Aliases []string `json:"-"`
	// Refers names those the words speak of by their office alone: in a
	// U.S. government document, "the Secretary is in Lausanne" speaks of
	// the Secretary of State of its day (OfficeHolder). It is searched
	// with the sentence, not shown.
	Refers []string `json:"-"`
	// Seq is the statement's position in its article (0-based).
	Seq int `json:"-"`
	// Curated marks a statement from a hand-kept statements file.
	Curated bool `json:"-"`
}
