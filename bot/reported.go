package bot

import (
	"context"
	"regexp"
	"strings"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/lexicon"
)

// reportedRE is someone a statement may report as speaking: an office a
// U.S. government document speaks of ("as the Secretary said yesterday",
// "The President told them"; group 1, the office), a titled name
// ("President Okoro said"; groups 2 and 3) or a name ("Okoro told
// reporters"; group 4). The verb of saying after it is checked apart
// (saidNext), so that one match does not swallow the next name.
var reportedRE = regexp.MustCompile(`\b(?:[Tt]he (President|Secretary)|(President|Secretary|Ambassador|Envoy|Mr\.|Mrs\.|Ms\.) ([A-Z][\p{L}'’-]+)|([A-Z][\p{L}'’-]+))\b`)

// reportedSpeakers are the people a statement reports as speaking
// (reportedRE, then a verb of saying), each as a statement of theirs
// would name them: an office as its holder on the statement's day
// (corpus.OfficeHolder), a name as written with its title.
func reportedSpeakers(s corpus.Statement) []corpus.Statement {
	var out []corpus.Statement
	for _, m := range reportedRE.FindAllStringSubmatchIndex(s.Text, -1) {
		if !saidNext(s.Text[m[1]:]) {
			continue
		}
		part := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s.Text[m[2*i]:m[2*i+1]]
		}
		r := corpus.Statement{Source: s.Source, SaidOn: s.SaidOn, Topics: s.Topics, Where: s.Where}
		switch {
		case part(1) != "":
			if r.Speaker, r.SpeakerTitle = corpus.OfficeHolder(part(1), s); r.Speaker == "" {
				continue
			}
		case part(3) != "":
			r.Speaker, r.SpeakerTitle = part(3), strings.TrimSuffix(part(2), ".")
		default:
			r.Speaker = part(4)
		}
		out = append(out, r)
	}
	return out
}

// saidNext: the words after a name hold a verb of saying within the
// first three, after only adverbs and auxiliaries ("also said", "has
// long said", "told them").
func saidNext(after string) bool {
	if !strings.HasPrefix(after, " ") {
		return false // "Okoro's", "Okoro,"
	}
	for i, w := range strings.Fields(after) {
		word := strings.TrimRight(w, ",;:.")
		switch {
		case saidVerbRE.MatchString(word):
			return true
		case i == 2 || word != w:
			return false // three words on, or the clause ended
		case !strings.HasSuffix(word, "ly") && !habitual[word] && !lexicon.IsAuxiliary(word) && (!lexicon.IsPreVerbAdverb(word) || word == "never" || word == "not"):
			return false // "also said", "has long said", not "has never said"
		}
	}
	return false
}

// habitual are the words that make a verb of saying after them habitual
// ("has long said").
var habitual = lexicon.HabitualMarkerSet()

// reportedWords answers "what did Okoro say about the accord" when
// nothing Okoro said was read: what a briefer or a statement reports
// Okoro said ("As the President said yesterday, …", "President Okoro
// told them that …"), found as if nobody in particular were asked for.
func (b *Bot) reportedWords(ctx context.Context, v *view, p Question) ([]ranked, error) {
	sa := askSpeaker(p.Speaker)
	q := p
	q.Speaker = ""
	if p.About == "" {
		// First what names them ("President Okoro said it was …"), which
		// needs fewer of the other words, as any question about someone.
		q.About = p.Speaker
	}
	for {
		hits, err := b.searchYears(ctx, v, q)
		if err != nil {
			return nil, err
		}
		var out []ranked
		for _, h := range hits {
			for _, r := range reportedSpeakers(h.Statement) {
				if sa.fits(r) {
					out = append(out, h)
					break
				}
			}
		}
		if len(out) > 0 || q.About == p.About {
			return out, nil
		}
		q.About = p.About // then what names them by office ("as the Secretary said")
	}
}
