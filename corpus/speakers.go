package corpus

import (
	"maps"
	"slices"
	"strings"

	"github.com/talkbot/talkbot/lexicon"
)

// entity is someone an article attributes words to, or names: a person, an
// anonymous source, a group or an institution.
type entity struct {
	name   string // canonical: "Antony Blinken", "a European diplomat"
	title  string
	gender string // "m", "f", or "" when unknown
	person bool   // a named individual
	plural bool   // a group: "officials", "three sources", "Hamas"
	org    bool   // an institution: "the ministry", "the White House"
	heads  map[string]bool
	named  bool // an anonymous source the article names later
}

func (e *entity) addHeads(words ...string) {
	if e.heads == nil {
		e.heads = map[string]bool{}
	}
	for _, w := range words {
		w = strings.ToLower(norm(w))
		if w != "" {
			e.heads[w] = true
		}
	}
}

// registry holds the named people of one article, so that "Blinken" and
// "he" can be traced back to "Secretary of State Antony Blinken".
type registry struct {
	people    map[string]*entity // by full name
	bySurname map[string]*entity
	recent    []*entity // most recent last
	// candidates are full names seen in the text, by surname, for a
	// speaker first named only by surname ("Whitfield said").
	candidates map[string]candidate
	// firsts are the same full names by their first word.
	firsts map[string]candidate
	// byToken finds a person by any one part of a long name ("Sheikh
	// Hamad" for "Hamad bin Nasser Al Thani").
	byToken map[string]*entity
	// acronyms map "RSF" to "the Rapid Support Forces (RSF)".
	acronyms map[string]string
	// orgs are the groups and institutions named, by name; described
	// maps what a group was introduced as ("group") to it.
	orgs      map[string]*entity
	described map[string]*entity
	// undo holds, while a reading is tried (try), the entities registered
	// before it as they were before it changed them.
	undo map[*entity]entity
}

type candidate struct{ name, gender string }

func newRegistry() *registry {
	return &registry{people: map[string]*entity{}, bySurname: map[string]*entity{}, candidates: map[string]candidate{}, firsts: map[string]candidate{},
		byToken: map[string]*entity{}, acronyms: map[string]string{}, orgs: map[string]*entity{}, described: map[string]*entity{}}
}

// clone is a copy of the registry that what is registered later does not
// change (the entities themselves are shared).
func (r *registry) clone() *registry {
	c := *r
	c.people, c.bySurname, c.candidates, c.firsts = maps.Clone(r.people), maps.Clone(r.bySurname), maps.Clone(r.candidates), maps.Clone(r.firsts)
	c.byToken, c.acronyms, c.orgs, c.described = maps.Clone(r.byToken), maps.Clone(r.acronyms), maps.Clone(r.orgs), maps.Clone(r.described)
	c.recent = slices.Clone(r.recent)
	return &c
}

// try reads with f, which registers people and may change those
// registered before; when f reports false, the registry and every entity
// f changed are as they were.
func (r *registry) try(f func() bool) bool {
	saved, outer := r.clone(), r.undo
	r.undo = map[*entity]entity{}
	ok := f()
	undo := r.undo
	if !ok {
		for e, was := range undo {
			*e = was
		}
		*r = *saved
		return false
	}
	r.undo = outer
	for e, was := range undo {
		if _, ok := outer[e]; !ok && outer != nil {
			outer[e] = was
		}
	}
	return true
}

// changing keeps e as it is, to be undone, when a reading is being tried.
func (r *registry) changing(e *entity) {
	if r.undo == nil {
		return
	}
	if _, ok := r.undo[e]; !ok {
		was := *e
		was.heads = maps.Clone(e.heads)
		r.undo[e] = was
	}
}

func (r *registry) candidate(name, gender string) {
	parts := strings.Fields(name)
	last := parts[len(parts)-1]
	if _, ok := r.candidates[last]; !ok {
		r.candidates[last] = candidate{name, gender}
	}
	// "Park" for "Park Min-jun": a family name written first. Two names that
	// begin alike leave it unknown.
	if first := parts[0]; len(parts) > 1 && isCap(first) {
		if c, ok := r.firsts[first]; ok && c.name != name {
			r.firsts[first] = candidate{}
		} else {
			r.firsts[first] = candidate{name, gender}
		}
	}
}

// person returns the entity for a full or partial name, creating it.
func (r *registry) person(name, title, gender string) *entity {
	name = canonName(name)
	parts := strings.Fields(name)
	if len(parts) == 0 {
		return nil
	}
	if e, ok := r.people[name]; ok {
		r.merge(e, title, gender)
		return e
	}
	if len(parts) == 1 {
		if e, ok := r.bySurname[name]; ok {
			r.merge(e, title, gender)
			return e
		}
		if e, ok := r.byToken[name]; ok && e != nil {
			r.merge(e, title, gender)
			return e
		}
		if c, ok := r.candidates[name]; ok {
			if gender == "" {
				gender = c.gender
			}
			return r.person(c.name, title, gender)
		}
		if c := r.firsts[name]; c.name != "" {
			if gender == "" {
				gender = c.gender
			}
			return r.person(c.name, title, gender)
		}
	} else if e := r.byToken[parts[len(parts)-1]]; e != nil && containsAll(e.name, parts) {
		// "Sheikh Hamad" after "Sheikh Hamad bin Nasser Al Thani".
		r.merge(e, title, gender)
		return e
	} else if e, ok := r.bySurname[parts[len(parts)-1]]; ok && len(strings.Fields(e.name)) == 1 {
		// "Netanyahu" seen first, "Benjamin Netanyahu" now: one person.
		r.changing(e)
		delete(r.people, e.name)
		e.name = name
		r.people[name] = e
		e.merge(title, gender)
		if e.gender == "" {
			e.gender = nameGender(parts[0])
		}
		return e
	}
	e := &entity{name: name, person: true, gender: gender}
	if e.gender == "" {
		e.gender = nameGender(parts[0])
	}
	e.merge(title, "")
	e.addHeads(parts[len(parts)-1])
	r.people[name] = e
	r.bySurname[parts[len(parts)-1]] = e
	for _, p := range parts[:len(parts)-1] {
		if _, taken := r.byToken[p]; taken {
			r.byToken[p] = nil // two people share it: no longer a clue
		} else if isCap(p) && !nameParticles[p] {
			r.byToken[p] = e
		}
	}
	return e
}

// known reports whether the one word w names someone the article has
// named: a surname, a part of a long name, or a full name seen before.
func (r *registry) known(w string) bool {
	_, cand := r.candidates[w]
	return r.people[w] != nil || r.bySurname[w] != nil || r.byToken[w] != nil || cand || r.firsts[w].name != ""
}

// org returns the entity for a group or institution by name, creating it.
func (r *registry) org(name string) *entity {
	if e := r.orgs[name]; e != nil {
		return e
	}
	e := &entity{name: name, org: true, plural: true}
	e.addHeads(name)
	r.orgs[name] = e
	return e
}

// nameLater names the anonymous source e, whom the article now names:
// "a spokesperson for the ministry" is Ahmed Karimi, spokesperson for the
// ministry.
func (r *registry) nameLater(e *entity, name, gender string) *entity {
	name = canonName(name)
	if p := r.people[name]; p != nil {
		return p
	}
	title := lexicon.TrimArticle(e.name)
	parts := strings.Fields(name)
	r.changing(e)
	e.name, e.title, e.person, e.named = name, title, true, true
	if e.gender = gender; e.gender == "" {
		e.gender = nameGender(parts[0])
	}
	e.addHeads(parts[len(parts)-1])
	r.people[name] = e
	r.bySurname[parts[len(parts)-1]] = e
	return e
}

// group returns the entity of an armed or political movement, which
// "the group", "the movement" or "the militant group" may refer back to.
func (r *registry) group(name string) *entity {
	e := r.org(name)
	r.changing(e)
	for w := range groupHeads {
		e.addHeads(w)
	}
	return e
}

func containsAll(name string, parts []string) bool {
	have := " " + name + " "
	for _, p := range parts {
		if !strings.Contains(have, " "+p+" ") {
			return false
		}
	}
	return true
}

// byTitle finds the person given a role: "Lebanon’s caretaker prime
// minister" for Walid Karam, named with that role elsewhere.
func (r *registry) byTitle(words []string) *entity {
	want := normTitle(strings.Join(words, " "))
	if len(strings.Fields(want)) < 2 {
		return nil
	}
	var found *entity
	for _, e := range r.people {
		if e.title == "" {
			continue
		}
		have := normTitle(e.title)
		if have == want || strings.HasSuffix(have, " "+want) || strings.HasSuffix(want, " "+have) && len(strings.Fields(have)) >= 2 {
			if found != nil && found != e {
				return nil // ambiguous
			}
			found = e
		}
	}
	return found
}

func normTitle(t string) string {
	t = strings.ToLower(norm(t))
	t = strings.TrimPrefix(strings.TrimPrefix(t, "the "), "a ")
	return strings.TrimSpace(t)
}

// merge gives e, registered, the title and gender when it has none.
func (r *registry) merge(e *entity, title, gender string) {
	r.changing(e)
	e.merge(title, gender)
}

func (e *entity) merge(title, gender string) {
	for _, d := range []string{"The ", "the ", "A ", "a ", "An ", "an "} {
		title = strings.TrimPrefix(title, d) // "the U.N. envoy for Syria"
	}
	if e.title == "" && title != "" {
		e.title = title
		e.addHeads(strings.Fields(strings.ToLower(title))...)
		for _, w := range strings.Fields(title) {
			e.addHeads(lexicon.TitleRoles(w)...) // "Sen." is a senator
		}
		if g := titleGender(title); g != "" && e.gender == "" {
			e.gender = g
		}
	}
	if e.gender == "" {
		e.gender = gender
	}
}

func nameGender(first string) string {
	switch {
	case maleNames[first]:
		return "m"
	case femaleNames[first]:
		return "f"
	}
	return ""
}

func titleGender(title string) string {
	t := strings.ToLower(title)
	for _, w := range []string{"woman", "queen", "princess", "mrs", "ms.", "dame", "lady", "first lady"} {
		if strings.Contains(t, w) {
			return "f"
		}
	}
	for _, w := range []string{"spokesman", "chairman", "king", "prince", "mr.", "sir", "lord"} {
		if strings.Contains(t, w) {
			return "m"
		}
	}
	return ""
}

// royal honorifics are a title as well as a form of address: "Jordan's
// King Abdullah II".
var royal = set(`King Queen Prince Princess Emir Sultan`)

// placeFirstNames are first names that are also the names of places.
var placeFirstNames = set(`Israel Jordan Georgia Paris Austin Chad Victoria Florence Sydney Lincoln Washington Houston`)

// canStartName: name (as splitTitleName gives it) may be a person's: its
// first word is not one that never starts a name, unless it is a first
// name that is also a place's ("Israel Katz").
func canStartName(name []string) bool {
	return !notNames[name[0]] || len(name) > 1 && placeFirstNames[name[0]]
}

// touch marks e as the most recently mentioned entity.
func (r *registry) touch(e *entity) {
	if e == nil {
		return
	}
	for i, x := range r.recent {
		if x == e {
			r.recent = append(r.recent[:i], r.recent[i+1:]...)
			break
		}
	}
	r.recent = append(r.recent, e)
	if len(r.recent) > 64 {
		r.recent = r.recent[1:]
	}
}

// pronoun resolves he, she or they to the most recent fitting entity.
func (r *registry) pronoun(kind string) *entity {
	for i := len(r.recent) - 1; i >= 0; i-- {
		e := r.recent[i]
		switch kind {
		case "m", "f":
			if e.plural || e.org || (e.gender != "" && e.gender != kind) {
				continue
			}
			if e.gender == "" && e.person {
				r.changing(e)
				e.gender = kind
			}
			return e
		case "p":
			if e.plural || e.org {
				return e
			}
		}
	}
	if kind == "p" && len(r.recent) > 0 {
		return r.recent[len(r.recent)-1]
	}
	return nil
}

// definite resolves "the official", "that diplomat", "the people" to the
// most recent entity with the same head noun.
func (r *registry) definite(head string) *entity {
	heads := roleSynonyms[head]
	if heads == nil {
		heads = []string{head, strings.TrimSuffix(head, "s"), head + "s"}
	}
	for i := len(r.recent) - 1; i >= 0; i-- {
		e := r.recent[i]
		for _, h := range heads {
			if e.heads[h] {
				return e
			}
		}
	}
	return nil
}

// splitTitleName splits a capitalized phrase into its role and its name:
// "British Prime Minister Keir Starmer" → "British Prime Minister", "Keir
// Starmer". gender comes from an honorific ("Mr.").
func splitTitleName(words []string) (title, name []string, gender string) {
	// "Senator Mark Deloache of Florida", "Representative Charles B. Rangel
	// of New York": the name is before "of".
	for k := len(words) - 2; k >= 2; k-- {
		if words[k] == "of" {
			if before := words[k-1]; isCap(before) && !titleWords[norm(before)] && !notNames[before] && isCap(words[k+1]) && isCap(words[k-2]) {
				title, name, gender = splitTitleName(words[:k])
				if len(name) >= 2 {
					return title, name, gender
				}
			}
			break
		}
	}
	i := len(words)
	for i > 0 {
		w := words[i-1]
		particle := nameParticles[w] && i < len(words) && i > 1
		if !isCap(w) && !particle || titleWords[norm(w)] || titleWords[norm(w)+"."] || strings.HasSuffix(norm(w), "'s") {
			break
		}
		i--
	}
	// "The", "Al Jazeera": a name does not start with these.
	for i < len(words) && (notNames[words[i]] || nameParticles[words[i]]) && len(words)-i > 1 {
		i++
	}
	if i == len(words)-1 && notNames[words[i]] {
		i++
	}
	name = words[i:]
	title = words[:i]
	if len(title) > 0 && title[len(title)-1] == "Sheikh" {
		// Part of the name as news writes it: "Sheikh Ali Fadel".
		name = append([]string{"Sheikh"}, name...)
		title = title[:len(title)-1]
		gender = "m"
	}
	if len(title) > 0 {
		last := strings.TrimSuffix(title[len(title)-1], ".")
		if g, ok := honorifics[last]; ok {
			gender = g
			if !royal[last] {
				title = title[:len(title)-1]
			}
		}
		if g, ok := honorifics[last+"."]; ok && gender == "" {
			gender = g
			title = title[:len(title)-1]
		}
	}
	// "Defense Minister Israel Katz": a first name that is also a country's
	// name, after a role word.
	if n := len(title); len(name) == 1 && n >= 1 && placeFirstNames[title[n-1]] &&
		(n == 1 || roleNouns[strings.ToLower(strings.TrimSuffix(title[n-2], "."))]) {
		name = append([]string{title[len(title)-1]}, name...)
		title = title[:len(title)-1]
	}
	for len(title) > 0 && (strings.EqualFold(title[0], "the") || title[0] == "a" || title[0] == "an") {
		title = title[1:]
	}
	// A word that opens the sentence is not a title: "But Smith said",
	// "Said Okafor".
	for len(title) > 0 && (leadingNonSpeaker[title[0]] || leadVerbs[title[0]]) && !titleWords[title[0]] {
		title = title[1:]
	}
	return title, name, gender
}
