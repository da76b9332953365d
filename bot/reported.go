package bot

import (
	"context"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
// (corpus.OfficeHolder), a name as written with its title. Its Sentence
// is the sentence that reports them, its SaidOn the day that sentence
// says they spoke ("said yesterday"), or "" when it does not say.
func reportedSpeakers(s corpus.Statement) []corpus.Statement {
	var out []corpus.Statement
	for _, r := range reportsOf(s) {
		out = append(out, r.statement(s))
	}
	return out
}

// report is one a statement reports as speaking, as reportedSpeakers
// gives them, but for what the statement itself gives (its source,
// topics and place): what is kept of a statement's reports between
// questions (view.reports).
type report struct{ speaker, title, sentence, saidOn string }

// statement is r as reportedSpeakers gives it, reported by s.
func (r report) statement(s corpus.Statement) corpus.Statement {
	return corpus.Statement{Source: s.Source, Topics: s.Topics, Where: s.Where,
		Speaker: r.speaker, SpeakerTitle: r.title, Sentence: r.sentence, SaidOn: r.saidOn}
}

// reportsOf are the reports of reportedSpeakers(s), worked out from s's
// text, day and source.
func reportsOf(s corpus.Statement) []report {
	var out []report
	for _, m := range reportedRE.FindAllStringSubmatchIndex(s.Text, -1) {
		end, ok := saidNext(s.Text[m[1]:])
		if !ok {
			continue
		}
		part := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s.Text[m[2*i]:m[2*i+1]]
		}
		var r report
		switch {
		case part(1) != "":
			if r.speaker, r.title = corpus.OfficeHolder(part(1), s); r.speaker == "" {
				continue
			}
		case part(3) != "":
			r.speaker, r.title = part(3), strings.TrimSuffix(part(2), ".")
		default:
			r.speaker = part(4)
		}
		r.sentence = sentenceAt(s.Text, m[0])
		r.saidOn = toldSaid(s.Text[m[1]+end:], s.SaidOn)
		out = append(out, r)
	}
	return out
}

// remarkVerbs tell that someone spoke without giving the words ("spoke",
// "commented"); withNextRE, after one, makes it a conversation with
// someone ("spoke today with", "talked with").
var (
	remarkVerbs = lexicon.RemarkVerbSet()
	withNextRE  = regexp.MustCompile(`^(?:\s+\w+)?\s+with\b`)
)

// noReports marks a statement whose reports were worked out and are none.
var noReports = []report{}

// reports are reportsOf(s), s being statement i of the index, worked
// out once a statement and index: a CPU profile of "what did Putin say
// about the truce" over 10,000 generated statements (nothing he said;
// reportedWords looks for what others report he said) put 44% of the
// answer in finding the reports of the same 50 hits question after
// question. A statement not the index's i is worked out afresh.
func (v *view) reports(i int, s corpus.Statement) []report {
	stmts := v.s.Statements()
	if i < 0 || i >= len(v.reported) || i >= len(stmts) || !sameReporter(stmts[i], s) {
		return reportsOf(s)
	}
	if known := v.reported[i].Load(); known != nil {
		return *known
	}
	rs := reportsOf(s)
	if len(rs) == 0 {
		rs = noReports
	}
	v.reported[i].Store(&rs)
	return rs
}

// sameReporter: a and b have the same reports, as what reportsOf reads of
// them is the same.
func sameReporter(a, b corpus.Statement) bool {
	return a.Text == b.Text && a.SaidOn == b.SaidOn && a.Source == b.Source
}

// sentenceAt is the sentence of text that holds the byte at i.
func sentenceAt(text string, i int) string {
	start, stop := strings.LastIndexAny(text[:i], ".?!")+1, len(text)
	if e := strings.IndexAny(text[i:], ".?!"); e >= 0 {
		stop = i + e + 1
	}
	return strings.TrimSpace(text[start:stop])
}

// toldDayRE is the day words after a verb of saying tell: "said
// yesterday", "told them this morning".
var toldDayRE = regexp.MustCompile(`^(?:,? (?:\w+ )?)?(yesterday|last night|today|this morning|this afternoon|earlier today)\b`)

// toldSaid is the day the words after a verb of saying say it was said,
// against day, the statement's: "yesterday" the day before; "" when they
// do not say.
func toldSaid(after, day string) string {
	m := toldDayRE.FindStringSubmatch(after)
	if m == nil || day == "" {
		return ""
	}
	if m[1] != "yesterday" && m[1] != "last night" {
		return day
	}
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 0, -1).Format(time.DateOnly)
}

// saidNext: the words after a name hold a verb of saying within the
// first three, after only adverbs and auxiliaries ("also said", "has
// long said", "told them"); end is where the verb's word ends.
func saidNext(after string) (end int, ok bool) {
	if !strings.HasPrefix(after, " ") {
		return 0, false // "Okoro's", "Okoro,"
	}
	for i, at, stop := 0, 0, 0; i < 3; i, at = i+1, stop {
		// The words one by one, as strings.Fields cuts them, but
		// only the first three (the rest of the text may be long).
		if at, stop = nextField(after, at); at == stop {
			break
		}
		w := after[at:stop]
		word := strings.TrimRight(w, ",;:.")
		switch {
		case remarkVerbs[strings.ToLower(word)] && withNextRE.MatchString(after[at+len(word):]):
			return 0, false // "the Secretary spoke today with the Prime Minister": a call, not words
		case saidVerbRE.MatchString(word) || saidAt(after[at:]):
			return at + len(word), true
		case i == 2 || word != w:
			return 0, false // three words on, or the clause ended
		case !strings.HasSuffix(word, "ly") && !habitual[word] && !lexicon.IsAuxiliary(word) && (!lexicon.IsPreVerbAdverb(word) || word == "never" || word == "not"):
			return 0, false // "also said", "has long said", not "has never said"
		}
	}
	return 0, false
}

// nextField is where the first word of text at or after from begins and
// ends, words being cut as strings.Fields cuts them (at unicode.IsSpace);
// start == stop == len(text) when there is none.
func nextField(text string, from int) (start, stop int) {
	start = from
	for start < len(text) {
		r, n := rune(text[start]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[start:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	stop = start
	for stop < len(text) {
		r, n := rune(text[stop]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[stop:])
		}
		if unicode.IsSpace(r) {
			break
		}
		stop += n
	}
	return start, stop
}

// saidAt: text opens with a verb of saying of several words ("calls on
// the parties"). The expression is saidVerbRE anchored at the start: the
// leftmost match of saidVerbRE begins there exactly when some match does,
// and looking for it through the rest of the text, for every word after
// every capitalised word of a hit, was three fifths of answering "what
// did Putin say about the truce" over 10,000 generated statements.
func saidAt(text string) bool {
	return saidVerbAtRE.MatchString(text)
}

// saidVerbAtRE is saidVerbRE at the start of a text only.
var saidVerbAtRE = regexp.MustCompile(`^(?i)\b(?:` + speechVerbRE + `)\b`)

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
			for _, rep := range v.reports(h.Pos, h.Statement) {
				r := rep.statement(h.Statement)
				if !sa.person(r) {
					continue
				}
				if p.Intent == When {
					// "when did the Secretary say …": the day the report
					// tells ("as the Secretary said yesterday"), its
					// sentence a fact of the one who reports it.
					if r.SaidOn == "" {
						continue
					}
					h.Statement.Kind, h.Statement.Text, h.Statement.SaidOn = corpus.Fact, r.Sentence, r.SaidOn
				}
				out = append(out, h)
				break
			}
		}
		if len(out) > 0 || q.About == p.About {
			return out, nil
		}
		q.About = p.About // then what names them by office ("as the Secretary said")
	}
}
