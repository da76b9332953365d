package runner

import (
	"regexp"
	"strings"
)

// StripMention removes the bot's mentions from a message and folds its
// white space; found reports whether there was one. A mention is written
// <@ID>, <@!ID> (an older nickname form) or <@ID|name>, and may be followed
// by ":" or ",". When botID is unknown (""), only a leading mention, of
// anyone, is taken for the bot's. Mentions of others stay.
func StripMention(text, botID string) (rest string, found bool) {
	var re *regexp.Regexp
	if botID == "" {
		re = leadingMention
	} else {
		re = regexp.MustCompile(`<@!?` + regexp.QuoteMeta(botID) + `(\|[^>]*)?>[:,]?`)
	}
	if re.MatchString(text) {
		found = true
		text = re.ReplaceAllString(text, " ")
	}
	return strings.Join(strings.Fields(text), " "), found
}

var leadingMention = regexp.MustCompile(`^\s*<@!?[A-Za-z0-9]+(\|[^>]*)?>[:,]?`)
