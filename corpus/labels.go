package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
)

// labelSpeaker is who a transcript label stands for.
type labelSpeaker struct {
	name   string // "Matthew Miller", "Biden", "a senior administration official"
	title  string
	person bool
}

func (s labelSpeaker) aliases() []string {
	if !s.person {
		return nil
	}
	f := strings.Fields(s.name)
	if len(f) > 1 {
		return []string{f[len(f)-1]}
	}
	return nil
}

// honorificLabels are the first words of a label that are a form of
// address or a role, with the role they give ("" for Mr, Ms).
var honorificLabels = map[string]string{"MR": "-", "MS": "-", "MRS": "-", "MISS": "-", "DR": "-", "SIR": "-", "DAME": "-",
	"SECRETARY": "Secretary", "AMBASSADOR": "Ambassador", "AMB": "Ambassador", "GENERAL": "General", "GEN": "General",
	"ADMIRAL": "Admiral", "ADM": "Admiral", "SENATOR": "Senator", "SEN": "Senator", "REPRESENTATIVE": "Representative",
	"REP": "Representative", "GOVERNOR": "Governor", "GOV": "Governor", "MAYOR": "Mayor", "PRESIDENT": "President",
	"CHAIRMAN": "Chairman", "CHAIRWOMAN": "Chairwoman", "ENVOY": "Envoy", "MINISTER": "Minister", "DIRECTOR": "Director",
	"COLONEL": "Colonel", "COL": "Colonel", "CAPTAIN": "Captain", "CAPT": "Captain", "MAJOR": "Major", "MAJ": "Major",
	"LIEUTENANT": "Lieutenant", "LT": "Lieutenant", "SPEAKER": "Speaker", "LEADER": "Leader", "JUDGE": "Judge",
	"PRIME": "Prime", "FOREIGN": "Foreign", "DEFENSE": "Defense", "DEPUTY": "Deputy", "VICE": "Vice", "SPECIAL": "Special",
	"SEC": "Secretary", "BRIG": "Brigadier", "BRIGADIER": "Brigadier", "SGT": "Sergeant", "SERGEANT": "Sergeant",
	"REAR": "Rear", "VADM": "Vice Admiral", "RADM": "Rear Admiral", "AMBASSADOR-AT-LARGE": "Ambassador-at-Large",
	"SPOKESPERSON": "Spokesperson", "SPOKESMAN": "Spokesman", "SPOKESWOMAN": "Spokeswoman", "PRESS": "Press",
	"ASSISTANT": "Assistant", "UNDER": "Under", "ACTING": "Acting", "PRINCIPAL": "Principal",
	"A/S": "Assistant Secretary", "U/S": "Under Secretary"}

// officeShorthands are the Pentagon's short forms of an office a label may
// use, each with the words it stands for: "SECDEF COHEN:", "SEC DEF:".
var officeShorthands = map[string][]string{"SECDEF": {"SECRETARY", "OF", "DEFENSE"}, "SEC DEF": {"SECRETARY", "OF", "DEFENSE"}}

// spellOffices writes a label's office shorthands out in words.
func spellOffices(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			if full, ok := officeShorthands[words[i]+" "+words[i+1]]; ok {
				out = append(out, full...)
				i++
				continue
			}
		}
		if full, ok := officeShorthands[words[i]]; ok {
			out = append(out, full...)
			continue
		}
		out = append(out, words[i])
	}
	return out
}

// properLabelWords keep their capitals when a label of an unnamed
// official is written in ordinary case.
var properLabelWords = map[string]string{"STATE": "State", "DEPARTMENT": "Department", "WHITE": "White", "HOUSE": "House",
	"PENTAGON": "Pentagon", "DEFENSE": "Defense", "TREASURY": "Treasury", "U.S": "U.S.", "US": "US", "UN": "UN", "U.N": "U.N.",
	"EU": "EU", "NATO": "NATO", "ISRAELI": "Israeli", "AMERICAN": "American", "IRANIAN": "Iranian", "EUROPEAN": "European",
	"BRITISH": "British", "FRENCH": "French", "RUSSIAN": "Russian", "UKRAINIAN": "Ukrainian", "CHINESE": "Chinese",
	"EGYPTIAN": "Egyptian", "QATARI": "Qatari", "PALESTINIAN": "Palestinian", "NSC": "NSC", "CIA": "CIA",
	"NATIONAL": "National", "SECURITY": "Security", "COUNCIL": "Council"}

// labelNumbers tell apart unnamed officials of one briefing ("SENIOR
// OFFICIAL TWO", "OFFICIAL 2", "OFFICIAL #2"), each the number in words:
// one to five, one to four after "#".
var labelNumbers = func() map[string]string {
	m := map[string]string{}
	for n, w := range lexicon.SmallNumbers()[1:6] {
		m[strings.ToUpper(w)], m[strconv.Itoa(n+1)] = w, w
		if n+1 < 5 {
			m["#"+strconv.Itoa(n+1)] = w
		}
	}
	return m
}()

// labelResolver names the labels of one transcript from what the
// document says.
type labelResolver struct {
	a        *Article
	sources  []string // title, header, moderator's words, prose: where names are looked for first
	body     []string // every turn's words: looked in last
	briefer  string   // the label that answers most questions at a press briefing
	briefing bool     // the document is a department's or a press secretary's briefing
	cache    map[string]labelSpeaker
	written  map[string]string       // a label as the document first writes it: "President of Norland Ana Ilic"
	roles    map[string]string       // a label's name → the role its first turn gives: "DANA REYES" → "CNN HOST"
	where    map[string][]occurrence // built on first use
}

func newLabelResolver(a *Article, turns []turn, intro []string) *labelResolver {
	r := &labelResolver{a: a, cache: map[string]labelSpeaker{}, roles: map[string]string{}, written: map[string]string{}}
	r.sources = append(r.sources, a.Title)
	for _, h := range a.Header {
		// A header that opens with the page's title, its lines run
		// together: "Norland Update Peter Holloway, Assistant Secretary
		// …" under the title "Norland Update". The title is no part of
		// the name after it.
		if rest, ok := strings.CutPrefix(h, a.Title+" "); ok && a.Title != "" {
			h = rest
		}
		r.sources = append(r.sources, h)
	}
	r.sources = append(r.sources, intro...)
	answers := map[string]int{}
	for i, t := range turns {
		if t.role != "" {
			r.roles[t.label] = t.role
		}
		if _, ok := r.written[t.label]; !ok {
			r.written[t.label] = t.written
		}
		if isModerator(t.label) {
			r.sources = append(r.sources, t.paras...)
		} else {
			r.body = append(r.body, t.paras...)
		}
		if i > 0 && isReporter(turns[i-1].label) && !isReporter(t.label) && !isModerator(t.label) {
			answers[t.label]++
		}
	}
	best := 0
	for lab, n := range answers {
		if n > best || n == best && lab < r.briefer {
			r.briefer, best = lab, n
		}
	}
	// A daily briefing says so in its title, or in a line before the
	// turns: "From the Daily Press Briefing of April 22, 2010".
	r.briefing = briefingRE.MatchString(a.Title) || slices.ContainsFunc(append(slices.Clone(a.Header), intro...), func(p string) bool {
		return len(p) < 200 && briefingRE.MatchString(p)
	})
	if r.briefer == "" && r.briefing {
		// A briefing whose opening holds no question yet: whoever opens
		// it, after any moderator, is the briefer.
		for _, t := range turns {
			if !isReporter(t.label) && !isModerator(t.label) {
				r.briefer = t.label
				break
			}
		}
	}
	return r
}

// resolve returns the speaker a label stands for.
func (r *labelResolver) resolve(lab string) labelSpeaker {
	if s, ok := r.cache[lab]; ok {
		return s
	}
	s := r.resolveUncached(lab)
	r.cache[lab] = s
	return s
}

func (r *labelResolver) resolveUncached(lab string) labelSpeaker {
	if s, ok := r.declared(lab); ok {
		return s
	}
	if s, ok := r.labelledRole(lab); ok {
		return s
	}
	if s, ok := r.casedTitled(lab); ok {
		return s
	}
	words := labelWords(lab)
	if isModerator(lab) {
		return labelSpeaker{name: "the " + strings.ToLower(words[0])}
	}
	if isAnswerer(lab) {
		if n, t := r.interviewee(); n != "" {
			return labelSpeaker{name: n, title: t, person: true}
		}
		return labelSpeaker{name: "the interviewee"}
	}
	if words[0] == "THE" {
		words = words[1:]
		if len(words) == 0 {
			return labelSpeaker{name: lab}
		}
	}
	if anon, ok := anonymousLabel(words); ok {
		return labelSpeaker{name: anon}
	}
	words = spellOffices(words)
	// A role, then a name: "SECRETARY RUBIO", "MR MILLER", "PRESIDENT".
	var role, name []string
	for i, w := range words {
		if h, ok := honorificLabels[w]; ok && len(name) == 0 {
			if h != "-" {
				role = append(role, h)
			}
			continue
		}
		if len(name) == 0 && i+2 < len(words) && r.abbreviation(w) {
			role = append(role, w) // "DASD LAURA K. COOPER": an office's initials, then the name
			continue
		}
		if len(role) > 0 && (w == "OF" || w == "STATE" && len(name) == 0) {
			role = append(role, strings.ToLower(w[:1])+strings.ToLower(w[1:]))
			if w == "STATE" {
				role[len(role)-1] = "State"
			}
			continue
		}
		name = append(name, w)
	}
	if k := longRoleEnd(name); k > 0 {
		// "HARBOUR PRESS SECRETARY AIR FORCE MAJ. GEN. IVO MARSH": an
		// office and a rank before the name, longer than the honorifics
		// above read.
		for _, w := range name[:k] {
			role = append(role, labelRoleWord(w))
		}
		name = name[k:]
	}
	if len(name) == 0 {
		// "THE PRESIDENT": the document names him ("Remarks by President
		// Biden"), or he stays as labelled.
		title := strings.Join(role, " ")
		if n := r.named(role); n != "" {
			return labelSpeaker{name: n, title: title, person: true}
		}
		return labelSpeaker{name: "the " + title, title: title}
	}
	var cased []string
	for _, w := range name {
		if len(name) > 2 && utf8.RuneCountInString(w) == 1 {
			continue // a middle initial: "NORA P. VALE"
		}
		cased = append(cased, r.spelling(w))
	}
	if len(cased) == 0 {
		// Nothing but initials ("A B C"): the last stands for the name.
		cased = []string{r.spelling(name[len(name)-1])}
	}
	full, title := r.fullName(cased)
	if lr := strings.Join(role, " "); title == "" || lr != "" && !lexicon.IsRankTitle(lr) && !strings.Contains(strings.ToLower(title), strings.ToLower(lr)) {
		// The label's own role, when the document gives another one first:
		// "PRIME MINISTER AL NASSER" is the prime minister, whatever else.
		title = lr
	}
	if title == "" && lab == r.briefer && r.briefing && !guestOf(r.a.Title, cased[len(cased)-1]) {
		title = spokespersonOf(r.a.Outlet)
	}
	return labelSpeaker{name: canonName(full), title: title, person: true}
}

// casedTitled names a label written in ordinary case with the speaker's
// title before the name: "President of Norland Ana Ilic", "Deputy Chief
// of Staff – Press Secretary Ivo Marsh".
func (r *labelResolver) casedTitled(lab string) (labelSpeaker, bool) {
	w := strings.Fields(r.written[lab])
	if len(w) < 3 || allCaps(strings.Join(w, "")) || isReporter(lab) {
		return labelSpeaker{}, false
	}
	title, name, _ := splitTitleName(w)
	if len(name) < 2 || len(title) == 0 || !hasRole(title) {
		return labelSpeaker{}, false
	}
	full, _ := r.fullName(name)
	return labelSpeaker{name: canonName(full), title: strings.Trim(strings.Join(title, " "), " –—-"), person: true}, true
}

// abbreviation: a word the document writes in capitals outside the
// labels too ("DASD Cooper"), the initials of an office.
func (r *labelResolver) abbreviation(w string) bool {
	for _, o := range r.occurrences(w) {
		if t := o.toks[o.i].text; t == w && allCaps(t) && (o.i+1 >= len(o.toks) || !allCaps(o.toks[o.i+1].text)) {
			return true
		}
	}
	return false
}

// labelledRole names a label from a turn that gave the speaker's role
// after the name ("DANA REYES, CNN HOST:"): that label, or a later one
// by surname ("REYES:").
func (r *labelResolver) labelledRole(lab string) (labelSpeaker, bool) {
	w := labelWords(lab)
	if len(w) == 0 {
		return labelSpeaker{}, false
	}
	for name, role := range r.roles {
		nw := labelWords(name)
		if name != lab && (len(w) > 1 || nw[len(nw)-1] != w[0]) {
			continue
		}
		cased := make([]string, len(nw))
		for i, x := range nw {
			cased[i] = r.spelling(x)
		}
		return labelSpeaker{name: canonName(strings.Join(cased, " ")), title: roleCase(role), person: true}, true
	}
	return labelSpeaker{}, false
}

// roleCase writes a role given in capitals in ordinary case: "ARMENIAN
// MINISTER OF FOREIGN AFFAIRS" → "Armenian Minister of Foreign Affairs";
// "CNN HOST" → "CNN Host".
func roleCase(role string) string {
	f := strings.Fields(role)
	for i, w := range f {
		switch {
		case i > 0 && (w == "OF" || w == "FOR" || w == "AND" || w == "THE" || w == "ON" || w == "TO"):
			f[i] = strings.ToLower(w)
		case !strings.ContainsAny(w, "AEIOUY") || strings.Contains(w, "."):
			// an acronym: CNN, U.S.
		default:
			f[i] = w[:1] + strings.ToLower(w[1:])
		}
	}
	return strings.Join(f, " ")
}

// institutionRE: an outlet that is an institution speaking for itself
// (a ministry, a president's office), not a newsroom.
var institutionRE = regexp.MustCompile(`\b(?:Department|Ministry|White House|Office|Embassy|Mission|Government|Presidency|Secretariat|Commission|Council|Kremlin|Chancellery|Cabinet)\b`)

// institutionAliases are the names of the institution that issued a
// transcript, readout or statement ("U.S. Department of State" → "Department
// of State", "State Department"), by which its officials' words can be
// asked for ("what did the White House say …"); none for a newsroom.
func institutionAliases(outlet string) []string {
	o := strings.TrimSpace(outlet)
	if !institutionRE.MatchString(o) {
		return nil
	}
	o = strings.TrimPrefix(strings.TrimPrefix(o, "U.S. "), "US ")
	o = strings.TrimPrefix(o, "The ")
	out := []string{o}
	if m := departmentOfRE.FindStringSubmatch(o); m != nil {
		out = append(out, m[1]+" Department")
	}
	return out
}

// briefingRE is a title of a spokesperson's regular briefing.
var briefingRE = regexp.MustCompile(`(?i)\b(department|daily|press) (press )?briefing\b`)

var departmentOfRE = regexp.MustCompile(`^Department of (\w+)$`)

// spokespersonOf is the role of whoever gives an outlet's press briefing:
// "U.S. Department of State" → "State Department spokesperson".
func spokespersonOf(outlet string) string {
	o := strings.TrimSpace(outlet)
	o = strings.TrimPrefix(strings.TrimPrefix(o, "U.S. "), "US ")
	o = strings.TrimPrefix(o, "The ")
	if m := departmentOfRE.FindStringSubmatch(o); m != nil {
		o = m[1] + " Department"
	}
	if o == "" {
		return "spokesperson"
	}
	return o + " spokesperson"
}

// isAnswerer: the "A" of a Q&A interview.
func isAnswerer(lab string) bool {
	w := labelWords(lab)
	return len(w) == 1 && (w[0] == "A" || w[0] == "ANSWER")
}

// interviewee is whom a Q&A interview answers for: the person its title
// names ("Q&A with Vice President Joe Biden"), or the first person its
// introduction names in full.
func (r *labelResolver) interviewee() (string, string) {
	if n, t := r.presenter(); n != "" {
		return n, t
	}
	for _, s := range r.sources {
		toks := tokenize(s)
		for i, j := range capRuns(toks) {
			words := texts(toks[i:j])
			words[len(words)-1] = stripPossessive(words[len(words)-1])
			title, name, _ := splitTitleName(words)
			// "OSCE Minsk Group Ivo Marsh": the organisation before the name.
			for k := len(name) - 1; k >= 0; k-- {
				if allCaps(name[k]) || lexicon.IsOrgHead(name[k]) {
					title, name = append(title, name[:k+1]...), name[k+1:]
					break
				}
			}
			if isName(name) {
				return canonName(strings.Join(name, " ")), strings.Join(title, " ")
			}
		}
	}
	return "", ""
}

// presenter is the one briefer a defence transcript's "Presenter:" line
// names ("Presenter: Secretary of Defense Ivo Marsh" → Ivo Marsh,
// Secretary of Defense), whose answers are labelled "A:". A line that
// names several presenters leaves the answerer to the document's other
// lines.
func (r *labelResolver) presenter() (string, string) {
	for _, s := range r.sources {
		m := presenterRE.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		who, _, _ := strings.Cut(m[1], ",")
		if strings.Contains(who, " and ") || strings.Contains(who, ";") {
			return "", ""
		}
		words := strings.Fields(who)
		if len(words) > 0 && honorificLabels[strings.ToUpper(strings.Trim(words[0], "."))] == "-" {
			words = words[1:] // "Mr. Ivo Marsh"
		}
		title, name, _ := splitTitleName(words)
		if isName(name) {
			return canonName(strings.Join(name, " ")), strings.Join(title, " ")
		}
		return "", ""
	}
	return "", ""
}

// declared is the name front matter gives a label: "Name, role".
func (r *labelResolver) declared(lab string) (labelSpeaker, bool) {
	for k, v := range r.a.Speakers {
		if strings.EqualFold(strings.Trim(strings.Join(labelWords(k), " "), " "), strings.Join(labelWords(lab), " ")) {
			name, title, _ := strings.Cut(v, ",")
			name = strings.TrimSpace(name)
			s := labelSpeaker{name: canonName(name), title: strings.TrimSpace(title), person: true}
			if first, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(first) {
				s.person = false // "a senior official"
			}
			return s, true
		}
	}
	return labelSpeaker{}, false
}

// anonymousLabel reads the label of an unnamed official ("SENIOR STATE
// DEPARTMENT OFFICIAL ONE") as "a senior State Department official
// (one)".
func anonymousLabel(words []string) (string, bool) {
	num := ""
	if n, ok := labelNumbers[words[len(words)-1]]; ok && len(words) > 1 {
		num = n
		words = words[:len(words)-1]
		if len(words) > 1 && words[len(words)-1] == "NUMBER" {
			words = words[:len(words)-1]
		}
	}
	head := strings.ToLower(words[len(words)-1])
	if !roleNouns[head] || institutions[head] || len(words) == 1 && honorificLabels[words[0]] != "" {
		return "", false
	}
	out := make([]string, len(words))
	for i, w := range words {
		if p, ok := properLabelWords[w]; ok {
			out[i] = p
		} else {
			out[i] = strings.ToLower(w)
		}
	}
	// A bare role of one word ("OFFICIAL") is still an official.
	phrase := strings.Join(out, " ")
	art := "a "
	if strings.ContainsRune("aeiou", rune(phrase[0])) {
		art = "an "
	}
	if strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		art = ""
	}
	if num != "" {
		phrase += " (" + num + ")"
	}
	return art + phrase, true
}

// spelling is how the document writes a word the label gives in capitals
// ("JEAN-PIERRE" → "Jean-Pierre", "MCGURK" → "McGurk").
func (r *labelResolver) spelling(w string) string {
	for _, o := range r.occurrences(w) {
		if t := o.toks[o.i].text; strings.EqualFold(t, w) && t != w && isCap(t) {
			return t
		}
	}
	if m := mixedCapsRE.FindStringSubmatch(w); m != nil {
		return m[1] + m[2] + strings.ToLower(m[3]) // "McCALLISTER" → "McCallister"
	}
	parts := strings.Split(strings.ToLower(w), "-")
	for i, p := range parts {
		if p != "" {
			rs := []rune(p)
			rs[0] = unicode.ToUpper(rs[0])
			parts[i] = string(rs)
		}
	}
	return strings.Join(parts, "-")
}

// mixedCapsRE is a name in capitals after a prefix in ordinary case:
// "McCALLISTER", "DeSOUZA".
var mixedCapsRE = regexp.MustCompile(`^([A-Z][a-z]{1,2})([A-Z])([A-Z'’-]+)$`)

// fullName finds the fullest form of a name in the document ("Miller" →
// "Matthew Miller") and the role given with it ("Department Press
// Briefing – Matthew Miller, Spokesperson"; "Secretary of State Marco
// Rubio").
func (r *labelResolver) fullName(name []string) (string, string) {
	last := name[len(name)-1]
	best, bestTitle := strings.Join(name, " "), ""
	group := 0
	for _, o := range r.occurrences(last) {
		if o.group != group {
			if len(strings.Fields(best)) > len(name) {
				break // the title, header or moderator named them
			}
			group = o.group
		}
		toks, i := o.toks, o.i
		if !isCap(toks[i].text) {
			continue
		}
		j := i
		for j > 0 && isCap(toks[j-1].text) && isWord(toks[j-1].text) && !titleWords[toks[j-1].text] && !titleWords[toks[j-1].text+"."] && !firstPerson(toks[j-1].text) &&
			!abbreviations[toks[j-1].text] && !allCaps(toks[j-1].text) && !notNames[toks[j-1].text] && honorifics[toks[j-1].text] == "" &&
			!roleStops[strings.ToLower(toks[j-1].text)] || j > 0 && toks[j-1].text == "." && j > 1 && len(toks[j-2].text) == 1 && isCap(toks[j-2].text) ||
			j > 1 && nameInside[toks[j-1].text] && isCap(toks[j-2].text) && isWord(toks[j-2].text) && !titleWords[toks[j-2].text] {
			// "Hamad bin Khalid Al Nasser": particles inside a name.
			j--
			if toks[j].text == "." && j > 0 {
				j-- // "Mark A. Milley": the initial with its period
			}
		}
		// "Envoy for Middle East Peace George Mitchell": words of a place
		// that are never a name ("East") stop the walk inside the role;
		// the role goes on to its "for".
		lead := j
		for lead > 0 && isCap(toks[lead-1].text) && isWord(toks[lead-1].text) && notNames[toks[lead-1].text] {
			lead--
		}
		if lead < j && lead > 1 && (toks[lead-1].text == "for" || toks[lead-1].text == "of" || toks[lead-1].text == "on") && isCap(toks[lead-2].text) {
			j = lead
		}
		roleTail := ""
		if j > 1 && i-j >= 2 && (toks[j-1].text == "for" || toks[j-1].text == "of" || toks[j-1].text == "on") && isCap(toks[j-2].text) {
			// "Coordinator for Strategic Communications Tom Kirkland": the
			// capitals after "for" begin with the rest of the role; the
			// name is the last two words.
			k := i - 1
			if k > j && toks[k].text == "." {
				k -= 2 // a middle initial
			}
			if k > j {
				roleTail = strings.Join(texts(toks[j:k]), " ")
				r := j - 1
				for r > 0 && (isCap(toks[r-1].text) && isWord(toks[r-1].text) || toks[r-1].text == "for" || toks[r-1].text == "of") {
					r--
				}
				roleTail = strings.Join(texts(toks[r:j]), " ") + " " + roleTail
				j = k
			}
		}
		found := texts(toks[j : i+1])
		found[len(found)-1] = stripPossessive(found[len(found)-1])
		if !containsWords(found, name) {
			continue
		}
		title := roleBefore(toks, j)
		if roleTail != "" {
			title = roleTail
		}
		if title == "" {
			title = roleAfter(toks, i+1)
		}
		if len(found) > len(strings.Fields(best)) || len(found) == len(strings.Fields(best)) && bestTitle == "" && title != "" {
			best, bestTitle = strings.Join(found, " "), title
		}
	}
	return best, bestTitle
}

// firstPerson: "I'm", "I’ve": a speaker naming themselves, not a name.
func firstPerson(w string) bool {
	return strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I’")
}

// nameInside are the small words inside an Arabic or European name.
var nameInside = set(`bin ibn bint Al al El el Abu abu de da van von der`)

func allCaps(w string) bool {
	return utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

func containsWords(found, name []string) bool {
	for _, n := range name {
		ok := false
		for _, f := range found {
			if strings.EqualFold(f, n) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// roleBefore reads the title words just before a name: "Secretary of
// State", "Pentagon Press Secretary Brig. Gen.".
func roleBefore(toks []token, j int) string {
	k := j
	for k > 0 {
		t := toks[k-1].text
		if titleWords[t] || titleWords[t+"."] || t == "." && k > 1 && abbreviations[toks[k-2].text] {
			k--
			continue
		}
		// "National Security Communications Advisor", "Pentagon Press
		// Secretary": capitalised words inside a role, once a title word
		// stands next to the name.
		if k < j && (t == "of" || isCap(t) && isWord(t) && !roleStops[strings.ToLower(t)]) {
			k--
			continue
		}
		break
	}
	words := texts(toks[k:j])
	for len(words) > 0 && honorifics[words[len(words)-1]] != "" {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && words[0] == "of" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// roleStops end a role read backwards from a name.
var roleStops = set(`the a an by with and for at in on to from as remarks briefing statement readout call interview transcript
	special background`)

// roleAfter reads ", Spokesperson" or ", State Department Spokesperson"
// after a name.
func roleAfter(toks []token, i int) string {
	if i >= len(toks) || toks[i].text != "," {
		return ""
	}
	k := i + 1
	office := false // past the "for" or "of" of an office: "for Near Eastern Affairs"
	for k < len(toks) && (isCap(toks[k].text) && isWord(toks[k].text) && (!notNames[toks[k].text] || titleWords[toks[k].text] || office) || toks[k].text == "of" || toks[k].text == "for") && k-i < 10 {
		office = office || toks[k].text == "of" || toks[k].text == "for"
		k++
	}
	words := texts(toks[i+1 : k])
	if len(words) == 0 || !hasRole(words) {
		return ""
	}
	return strings.Join(words, " ")
}

// named finds the person the document names with a role ("THE PRESIDENT"
// → "President Biden" in the title → "Biden").
func (r *labelResolver) named(role []string) string {
	if len(role) == 0 {
		return ""
	}
	us := r.usPresident(role)
	for _, o := range r.occurrences(role[0]) {
		toks, i := o.toks, o.i
		if i+len(role) > len(toks) || !matchRole(toks[i:], role) {
			continue
		}
		if i > 0 && (toks[i-1].text == "Vice" || toks[i-1].text == "Deputy" || toks[i-1].text == "Associate" || toks[i-1].text == "former" || toks[i-1].text == "Former") {
			continue
		}
		if i > 1 && toks[i-1].text == "," {
			// "Lena Varga, Spokesperson for the Secretary-General": the
			// name before the role.
			k := i - 1
			for k > 0 && isCap(toks[k-1].text) && isWord(toks[k-1].text) && !notNames[toks[k-1].text] && !titleWords[toks[k-1].text] {
				k--
			}
			if n := canonName(strings.Join(texts(toks[k:i-1]), " ")); i-1-k >= 2 && sameHolder(n, us) {
				return n
			}
		}
		j := i + len(role)
		// "Secretary of State Antony Blinken": more of the role first.
		for j < len(toks) && (toks[j].text == "of" || titleWords[toks[j].text] && !notNames[toks[j].text] && j+1 < len(toks) && isCap(toks[j+1].text)) {
			j++
		}
		k := j
		for k < len(toks) && isCap(toks[k].text) && isWord(toks[k].text) && !notNames[toks[k].text] && !titleWords[toks[k].text] && !lexicon.IsHeadlineVerb(strings.ToLower(toks[k].text)) ||
			k < len(toks) && toks[k].text == "." && k > j && len(toks[k-1].text) == 1 {
			k++
		}
		if k > j && !(k-j < 2 && j > i+len(role) && toks[j-1].text == "of") {
			// ("Prime Minister of Estria": a country, not a name.)
			words := texts(toks[j:k])
			words[len(words)-1] = stripPossessive(words[len(words)-1])
			if n := canonName(strings.Join(words, " ")); sameHolder(n, us) {
				return n
			}
		}
	}
	return ""
}

// usPresident is who the bare role "President" of a White House document
// is, the President of the United States on its day, or "" for another
// role, outlet or day: "THE PRESIDENT:" or "Statement by the President"
// of a White House page that speaks of "President Abbas" is not Abbas.
func (r *labelResolver) usPresident(role []string) string {
	if len(role) != 1 || !strings.EqualFold(role[0], "President") || r.a == nil || r.a.Published.IsZero() || !lexicon.IsUSPresidentOutlet(r.a.Outlet) {
		return ""
	}
	return lexicon.USPresidentOn(r.a.Published.Format(dateLayout))
}

// sameHolder: the name found for a role may be its holder's, who is
// holder when known ("Bush" for "George W. Bush"; any name when holder is
// "").
func sameHolder(name, holder string) bool {
	if holder == "" {
		return true
	}
	n, h := strings.Fields(name), strings.Fields(holder)
	return len(n) > 0 && strings.EqualFold(n[len(n)-1], h[len(h)-1])
}

// occurrence is where a word stands in the document's text.
type occurrence struct {
	group int // 0: title, header, moderator, introduction; 1: the turns
	toks  []token
	i     int
}

// occurrences lists where a word (any case, possessive or not) stands,
// in the order of the text, the document's own description first. The
// text is read into tokens once.
func (r *labelResolver) occurrences(w string) []occurrence {
	if r.where == nil {
		r.where = map[string][]occurrence{}
		for g, group := range [][]string{r.sources, r.body} {
			for _, s := range group {
				toks := tokenize(s)
				for i, t := range toks {
					if !isWord(t.text) {
						continue
					}
					k := strings.ToLower(t.text)
					r.where[k] = append(r.where[k], occurrence{g, toks, i})
					if p := strings.ToLower(stripPossessive(t.text)); p != k {
						r.where[p] = append(r.where[p], occurrence{g, toks, i})
					}
				}
			}
		}
	}
	return r.where[strings.ToLower(w)]
}

func matchRole(toks []token, role []string) bool {
	for i, w := range role {
		if i >= len(toks) || !strings.EqualFold(toks[i].text, w) {
			return false
		}
	}
	return true
}

// longRoleEnd is where the name begins in a label's words that hold an
// office before it ("DEPARTMENT PRESS SECRETARY AIR FORCE MAJ GEN IVO
// MARSH" → 7): after the last word of a role or a rank, when at least
// four words are left to read and one to three words of a name follow.
// A short label ("MARINE LE PEN") is a name as it stands; 0 when there is
// no office.
func longRoleEnd(words []string) int {
	if len(words) < 4 {
		return 0
	}
	end := 0
	for i, w := range words[:len(words)-1] {
		if isRoleWord(w) {
			end = i + 1
		}
	}
	rest := len(words) - end
	if end == 0 || rest > 3 {
		return 0
	}
	return end
}

// isRoleWord: a word of a label in capitals that is a role, an office or
// a rank ("SECRETARY", "SPOKESPERSON", "GEN").
func isRoleWord(w string) bool {
	h := honorificLabels[w]
	return h != "" && h != "-" || roleNouns[strings.ToLower(w)]
}

// labelRoleWord writes one word of a label's role in ordinary case, a
// rank's abbreviation in full: "MAJ" → "Major", "DEPARTMENT" →
// "Department", "OF" → "of".
func labelRoleWord(w string) string {
	if p, ok := properLabelWords[w]; ok {
		return p
	}
	if h := honorificLabels[w]; h != "" && h != "-" {
		return h
	}
	switch w {
	case "OF", "FOR", "AND", "THE", "ON", "TO":
		return strings.ToLower(w)
	}
	return w[:1] + strings.ToLower(w[1:])
}

// guestOf: the title gives the briefing to a guest by name ("Telephonic
// Press Briefing with Ivo Marsh, Special Envoy"), who is not the
// spokesperson that gives the briefing by their name ("Press Briefing by
// Ivo Marsh").
func guestOf(title, surname string) bool {
	_, after, ok := strings.Cut(title, " with ")
	if !ok {
		return false
	}
	for _, w := range letterWords(after) {
		if strings.EqualFold(w, surname) {
			return true
		}
	}
	return false
}
