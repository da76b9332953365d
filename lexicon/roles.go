package lexicon

import "strings"

// roleNouns are heads of anonymous or collective speaker phrases ("a
// senior official", "sources familiar with the talks", "the ministry").
var roleNouns = set(`official officials diplomat diplomats source sources people person spokesman spokeswoman spokesperson
	spokespeople spokesmen minister ministers negotiator negotiators mediator mediators envoy envoys adviser
	advisers advisor advisors aide aides analyst analysts expert experts general generals commander commanders
	leader leaders military army government administration ministry office police embassy agency group movement
	militants militia statement officer officers president premier chief chiefs representative representatives
	ambassador ambassadors lawmaker lawmakers senator senators secretary spokespersons delegation delegate
	delegates member members authorities authority residents resident witness witnesses observers observer insider
	insiders counterpart counterparts forces force coalition council cabinet parliament committee campaign
	organization organisation union team staff staffer staffers officials' daughter son wife husband mother father
	brother sister family families relatives relative survivor survivors hostage hostages worker workers doctor
	doctors nurse nurses journalist journalists activist activists side sides party parties rebels insurgents
	fighters delegations mayor governor deputy director chairman chairwoman head heads investigators monitors
	agencies presidents commissioner commissioners coordinator ombudsman secretary-general prosecutor judge marine
	soldier soldiers commander-in-chief chief-of-staff forum network broadcaster newspaper channel presidency
	outlet station daily paper tv radio companies company firms operators insurers department departments
	commission commissions foundation institute bureau panel association court courts tribunal tribunals
	judges justices jury`)

// personNouns are heads of speaker phrases beyond the role nouns: people of
// politics and public life, and the documents and media that speak for
// them ("the nominee", "the editorial", "a pollster").
var personNouns = set(`magazine blog site candidate candidates nominee nominees voter voters supporter supporters critic critics protester protesters
	protestors donor donors strategist strategists pollster pollsters consultant consultants operative operatives
	surrogate surrogates rival rivals opponent opponents challenger incumbent congressman congresswoman lawyer
	lawyers attorney attorneys editorial column columnist writer editor reporter anchor host narrator announcer ad
	ads poll polls survey surveys report reports study studies book memo website page tweet letter justice businessman businesswoman
	billionaire groups organizations campaigns pope bishop priest pastor reverend scholar professor economist
	economists historian commentator commentators pundit pundits blogger crowd audience students student teacher
	teachers mother father veteran veterans widow officer chief sheriff coach actor actress singer comedian star
	founder executive ceo democrats republicans conservatives liberals progressives activists advocates advocate
	man woman men women clip clips video videos spot article articles piece headline email emails footage nonprofit non-profit
	niece nephew cousin aunt uncle grandson granddaughter grandmother grandfather friend friends neighbor neighbors
	neighbour neighbours colleague colleagues respondents newspapers tabloid tabloids proponents associates allies foes backers airline airlines town city county village university college school church hospital lawsuit lawsuits complaint filing petition indictment ruling memoir op-ed
	analysis audit document documents transcript cable message messages notice footnote summary manifesto community`)

// notRoles are words shaped like roles ("-er", "-or") that are not people.
var notRoles = set(`number numbers order orders matter matters letter letters water paper papers power powers border borders
	corner quarter quarters center centre member chamber other others another whether either neither together
	however remember never ever over under after later earlier higher lower better former latter rather further
	major minor error errors factor factors sector sectors color colors floor doors door motor motion petition
	position decision question section refers prefers offers answers considers remembers delivers covers
	discovers wonders honors honours favors suffers mirrors registers`)

// institutions are heads of speaker phrases that are not one person, so
// "he" and "she" never refer to them.
var institutions = set(`government administration ministry office military army group movement family families council police embassy
	agency forces force authority authorities statement committee cabinet parliament union coalition campaign
	organization organisation team delegation militia court secretariat mission presidency
	department departments commission commissions foundation institute bureau panel association`)

// shareNouns head a phrase that stands for part of the people polled or
// counted ("Thirty percent said", "Nearly half said", "a majority of
// voters said").
var shareNouns = set(`percent per-cent half third thirds quarter quarters majority minority plurality share fraction`)

// IsShareNoun reports whether w (lower case) names a share of people who
// answered: "percent", "half", "majority".
func IsShareNoun(w string) bool { return shareNouns[w] }

// shareWords stand alone for a share of a group the text has spoken of
// ("Some said …", "Most say …", "Others said …", "Half said …").
var shareWords = set(`some many most others few several both half`)

// IsShareWord reports whether w (lower case) can stand alone for a share
// of a group as the subject of a verb: "some", "most", "others".
func IsShareWord(w string) bool { return shareWords[w] }

// actRoles are the roles named for who does an act of talks: who "led" the
// delegation is its leader or head, who "brokered" the truce its broker or
// mediator.
var actRoles = map[string][]string{
	"led": {"leader", "head", "chief"}, "lead": {"leader", "head", "chief"}, "leads": {"leader", "head", "chief"},
	"headed": {"head", "leader", "chief"}, "heads": {"head", "leader", "chief"},
	"brokered": {"broker", "mediator"}, "mediated": {"mediator", "broker"},
	"negotiated": {"negotiator"}, "chaired": {"chair", "chairman", "chairwoman", "chairperson"},
	"hosted": {"host"}, "represented": {"representative", "envoy"},
}

// ActRoles returns the role nouns for who does act ("led" → leader, head,
// chief); nil for an act with none.
func ActRoles(act string) []string { return append([]string(nil), actRoles[act]...) }

// describingWords are the lower-case words news puts before a role when it
// refers back to someone it has named ("the veteran diplomat", "the former
// envoy"): they describe the person, where others ("the band leader",
// "the rebel leader") make another role.
var describingWords = set(`former veteran top longtime long-time senior new outgoing incoming current then elderly young
	powerful influential embattled bespectacled soft-spoken seasoned chief retired beleaguered charismatic combative
	firebrand populist conservative liberal centrist hardline hard-line moderate ailing defiant visiting`)

// IsDescribingWord reports whether w (lower case) describes a person
// referred back to by role rather than naming another role: "veteran",
// "former", "outgoing".
func IsDescribingWord(w string) bool { return describingWords[w] }

// RoleAct returns the act whose doer a role noun names, singular or plural
// ("mediators" → "mediated", "broker" → "brokered", "leader" → "led"),
// in the past as a question of who did it asks it; "" for a role of no
// act of talks. The role is the first one an act names it for: "head" is
// who "headed", not who "led".
func RoleAct(role string) string {
	role = strings.ToLower(role)
	best := ""
	for act, roles := range actRoles {
		if roles[0] != role && roles[0]+"s" != role {
			continue
		}
		past, bestPast := strings.HasSuffix(act, "ed"), strings.HasSuffix(best, "ed")
		if best == "" || past && !bestPast || past == bestPast && act < best {
			best = act
		}
	}
	return best
}

// ActOfVerb returns the act of talks another form of its verb names, in
// the past as RoleAct gives it: "mediating" → "mediated", "chairs" →
// "chaired", "heads" → "headed", "leading" → "led"; "" for a verb of no
// act of talks ("working", "is"). A question of who is doing it now ("who
// is brokering the talks") asks for its doer as one of who did it does.
func ActOfVerb(form string) string {
	form = strings.ToLower(form)
	var bases []string
	for _, end := range []string{"ing", "es", "s"} {
		if b, ok := strings.CutSuffix(form, end); ok && len(b) > 2 {
			bases = append(bases, b, b+"e")
		}
	}
	bases = append(bases, form)
	for _, b := range bases {
		if roles, ok := actRoles[b]; ok {
			if strings.HasSuffix(b, "ed") {
				return b
			}
			return RoleAct(roles[0])
		}
		// A regular past: "mediate" → "mediated", "chair" → "chaired".
		for _, past := range []string{b + "d", b + "ed"} {
			if _, ok := actRoles[past]; ok && strings.HasSuffix(b, "e") == (past == b+"d") {
				return past
			}
		}
	}
	return ""
}

// roleSynonyms maps the head of an anonymous source ("people", "source")
// to the heads it may refer back to.
var roleSynonyms = map[string][]string{
	"people":  {"people", "sources", "source", "person"},
	"person":  {"person", "people", "sources", "source"},
	"source":  {"source", "sources", "people", "person"},
	"sources": {"sources", "source", "people", "person"},
}

// RoleSynonyms returns, for the head of an anonymous source, the heads it
// may refer back to ("people" → "people", "sources", "source", "person").
func RoleSynonyms() map[string][]string {
	out := make(map[string][]string, len(roleSynonyms))
	for k, v := range roleSynonyms {
		out[k] = append([]string(nil), v...)
	}
	return out
}

// spokesWords are one role, however written: "spokesman", "spokeswoman",
// "spokesperson"; one person's (roleSpellings gives them, and their
// plurals, the one spelling).
var spokesWords = set(`spokesman spokeswoman spokesperson`)

// IsSpokesWord reports whether w (lower case) is the role of one who
// speaks for an office, however written: "spokesman", "spokeswoman",
// "spokesperson".
func IsSpokesWord(w string) bool { return spokesWords[w] }

// shortForms are the short forms of words that questions typed in a hurry
// and labels use, each with the word written out.
var shortForms = map[string]string{"govt": "government", "govts": "governments", "gov": "government", "dept": "department",
	"admin": "administration", "intl": "international", "natl": "national", "negs": "negotiations",
	"pres": "president", "sec": "secretary", "secy": "secretary", "amb": "ambassador", "mins": "ministers",
	"fm": "minister", "reps": "representatives", "info": "information", "spox": "spokesperson"}

// roleShortForms are short forms read only where a role is written,
// in a label or beside a name: there "min" is a minister and "mod" the
// moderator, while in a question's words they are as often a minute
// ("a 10 min delay"), "dep" a deputy, "mod" a ministry of defence.
var roleShortForms = map[string]string{"dep": "department", "min": "minister", "mod": "moderator"}

// ShortForm returns the word a short form stands for ("govt" →
// "government", "amb" → "ambassador"), and whether w is one.
func ShortForm(w string) (string, bool) {
	long, ok := shortForms[w]
	return long, ok
}

// roleSpellings are the other spellings of a role word, and the one used
// when roles are compared: "spokesman" → "spokesperson" (each of
// spokesWords but that one, and the plurals), "officials" → "official".
var roleSpellings = func() map[string]string {
	m := map[string]string{"spokespeople": "spokesperson", "spokesmen": "spokesperson", "officials": "official"}
	for w := range spokesWords {
		if w != "spokesperson" {
			m[w] = "spokesperson"
		}
	}
	return m
}()

// RoleSpelling returns the one spelling of a role word used when roles
// are compared ("spokeswoman" → "spokesperson"), short forms written out
// ("dept" → "department"), and whether w has one.
func RoleSpelling(w string) (string, bool) {
	if r, ok := roleSpellings[w]; ok {
		return r, true
	}
	if r, ok := roleShortForms[w]; ok {
		return r, true
	}
	return ShortForm(w)
}

// countedPeople are the people a "how many" question counts whom news may
// count as people: "we will trade 500 people" answers how many prisoners.
var countedPeople = set(`prisoners detainees hostages captives civilians soldiers troops fighters refugees residents`)

// CountedPeopleSet returns the people a count may name as "people"
// ("prisoners", "hostages", "civilians"), as a set.
func CountedPeopleSet() map[string]bool { return copySet(countedPeople) }

// forceMembers are the people of an armed force, which news counts by its
// members: "the 1,500-member strong group", "a 300-member militia".
var forceMembers = set(`fighters soldiers troops rebels militants combatants guerrillas militiamen`)

// ForceMemberSet returns the words for the people of an armed force
// ("fighters", "troops"), whom a count of a force's members counts, as a
// set.
func ForceMemberSet() map[string]bool { return copySet(forceMembers) }

// genericRoles describe a role or office, not who holds it: "prime
// minister", "senior", "spokesperson", "us".
var genericRoles = set(`prime minister foreign defence defense official officials spokesman spokeswoman spokesperson envoy special
	senior top deputy head chief adviser advisor ambassador secretary state president leader general commander
	negotiator negotiators mediator mediators diplomat diplomats source sources ministry office government army
	military department council member members representative director us u s un`)

// GenericRoleSet returns the words that describe a role, not who holds
// it ("minister", "senior", "envoy"), as a set.
func GenericRoleSet() map[string]bool { return copySet(genericRoles) }

// peopleWords count people in news of war and talks.
var peopleWords = []string{"people", "civilians", "residents", "citizens", "refugees", "persons"}

// PeopleWords returns the words news counts people by ("people",
// "civilians", "refugees").
func PeopleWords() []string { return append([]string(nil), peopleWords...) }
