package lexicon

import (
	"maps"
	"slices"
	"strings"
)

// orgHeads are capitalised words that make a name an organisation's, not a
// person's ("the Baltic Observatory for Civil Liberties", "the International
// Maritime Safety Agency", "the Institute for Baltic Security Studies").
var orgHeads = set(`Observatory Agency Center Centre Institute Institution Council Committee Commission Foundation
	Organization Organisation Association Federation Union League Ministry Department Office Fund Bank Court Party
	Movement Front Forces Army Network Watch Group University College School Program Programme Authority
	Corporation Company Service Services Mission Embassy Consulate Coalition Alliance Board Bureau Tribunal Assembly Parliament
	Congress Senate Cabinet Society Trust Initiative Project Secretariat Brigades Brigade Corps Guard
	Guards Police Directorate Administration Forum Press Times Post News Herald Journal Monitor Review
	Television Radio Broadcasting Channel Media`)

// IsOrgHead reports whether w (as written) makes a capitalised name an
// organisation's: "Observatory", "Agency", "Institute".
func IsOrgHead(w string) bool { return orgHeads[w] }

// orgWords are capitalised words that name a group, a state or one of its
// capitals, or an institution, and alone no person: "Hamas", "Israel",
// "Kremlin", "Ministry".
var orgWords = set(`Hamas Hezbollah Israel Egypt Qatar Iran Russia Ukraine France Britain China Jordan Syria Turkey Lebanon
	IDF Kremlin Pentagon NATO EU UN U.N. Houthis Fatah Washington Moscow Kyiv Tehran Cairo Doha Jerusalem Beirut
	Council Ministry Department Office House Army Military Government Administration Authority Nations
	Embassy Consulate Mission`)

// IsOrgWord reports whether w, as written, names a group, a state or an
// institution and alone no person: "Hamas", "Kremlin", "Ministry".
func IsOrgWord(w string) bool { return orgWords[w] }

// groups are armed and political movements that news refers back to as
// "the group", "the militant group" or "the movement".
var groups = set(`Hamas Hezbollah Hizbollah Houthis Fatah Taliban M23 RSF ISIS ISIL Wagner PKK SDF HTS Polisario
	al-Shabab al-Shabaab al-Qaida al-Qaeda`)

// IsGroupName reports whether name is an armed or political movement's:
// "Hamas", "the Houthis", "al-Shabab".
func IsGroupName(name string) bool {
	return groups[strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")]
}

// groupWords are the movements' names in lower case, each word of a name
// of several.
var groupWords = func() map[string]bool {
	m := map[string]bool{}
	for g := range groups {
		m[strings.ToLower(g)] = true
	}
	return m
}()

// IsGroupWord reports whether w (lower case) is an armed or political
// movement's name: "hamas", "houthis", "al-shabab".
func IsGroupWord(w string) bool { return groupWords[w] }

// newsroomWords make a transcript's label a newsroom's, a reporter asking
// at a press conference ("Reuters:", "Dragon TV:", "CCTV reporter:"), as
// foreign ministries print them. Words that also name an office ("Press"
// of "Press Secretary", "Post") are not among them.
var newsroomWords = set(`TV News Agency Daily Radio Television Broadcasting Channel Media Journal Herald Paper Network
	Reuters AFP AP Bloomberg CNN BBC CCTV CGTN Xinhua Kyodo NHK TASS Sputnik RIA Interfax Yonhap EFE DPA dpa ANSA
	Anadolu Jazeera Arabiya Asahi Yomiuri Nikkei Bernama Antara reporter Reporter correspondent Correspondent
	journalist Journalist`)

// IsNewsroomWord reports whether w (as written) makes a speaker's label a
// newsroom's or a reporter's: "Reuters", "TV", "Agency", "reporter".
func IsNewsroomWord(w string) bool { return newsroomWords[w] }

// NewsroomWords lists the newsroom words, sorted.
func NewsroomWords() []string { return sorted(newsroomWords) }

// outletWords name a news outlet on their own or end its name ("Reuters",
// "CNN", "the Daily Herald", "Fox News"): an outlet reports, so its name
// heads a speaker phrase ("The Herald reported that …").
var outletWords = set(`News Times Post Journal Press Herald Tribune Gazette Telegraph Guardian Chronicle Observer Examiner
	Reuters AP AFP CNN MSNBC CNBC NBC ABC CBS BBC NPR PBS Bloomberg Politico Axios`)

// IsOutletWord reports whether w (as written) names a news outlet or ends an
// outlet's name: "Reuters", "CNN", "Times", "News".
func IsOutletWord(w string) bool { return outletWords[w] }

// officeWords name an office in the name of who published a statement:
// "White House", "ministry", "embassy", "Kremlin", in lower case.
var officeWords = []string{"white house", "department", "ministry", "government", "office", "embassy", "mission", "pentagon",
	"kremlin", "council", "presidency", "secretariat"}

// OfficeWords returns the words that name an office ("white house",
// "ministry", "kremlin"), in lower case, in a fixed order; for building
// patterns.
func OfficeWords() []string { return append([]string(nil), officeWords...) }

// officeAliases are other names of offices, as role words: "the
// Pentagon" is the Department of Defense.
var officeAliases = map[string]string{"pentagon": "department defense", "defense department": "department defense",
	"state department": "department state", "foreign office": "foreign commonwealth office"}

// OfficeAliases returns the other names of offices and the name each
// stands for, as role words ("pentagon" → "department defense").
func OfficeAliases() map[string]string { return maps.Clone(officeAliases) }

// officeCountries name the country an office speaks for.
var officeCountries = map[string]string{"white house": "us", "pentagon": "us", "kremlin": "russia", "downing street": "uk",
	"elysee": "france", "elysée": "france"}

// OfficeCountries returns the offices that speak for a country, each with
// the country ("kremlin" → "russia"), in lower case.
func OfficeCountries() map[string]string { return maps.Clone(officeCountries) }

// officePrincipals name whose calls and meetings an office's readouts
// give ("the White House" reads out the President's), as role words.
var officePrincipals = map[string][]string{"white house": {"president"}, "department state": {"secretary state"},
	"department defense": {"secretary defense", "defense secretary"}}

// OfficePrincipals returns, for an office, whose calls and meetings its
// readouts give ("white house" → "president"), as role words.
func OfficePrincipals() map[string][]string {
	out := make(map[string][]string, len(officePrincipals))
	for k, v := range officePrincipals {
		out[k] = append([]string(nil), v...)
	}
	return out
}

// usPresidentOutlet is in the name of the outlet that publishes the
// President's remarks, in lower case.
const usPresidentOutlet = "white house"

// IsUSPresidentOutlet reports whether outlet, the name of who published a
// document, is the White House's, in any case ("The White House").
func IsUSPresidentOutlet(outlet string) bool {
	return strings.Contains(strings.ToLower(outlet), usPresidentOutlet)
}

// usDepartmentOutlets are the names a U.S. department publishes under,
// by department, in lower case: "state department", "pentagon".
var usDepartmentOutlets = map[string][]string{
	"state":   {"department of state", "state department"},
	"defense": {"department of defense", "defense department", "pentagon"},
}

// USDepartmentOutlets returns the names the U.S. department dept ("state"
// or "defense") publishes under ("department of state", "pentagon"), in
// lower case; nil for another department.
func USDepartmentOutlets(dept string) []string { return slices.Clone(usDepartmentOutlets[dept]) }

// usDepartmentSites are the sites a U.S. department publishes on, by
// department, as they are written in an address.
var usDepartmentSites = map[string]string{"state": "state.gov/", "defense": "defense.gov/"}

// USDepartmentSite returns what the address of a page the U.S.
// department dept ("state" or "defense") publishes holds ("state.gov/"),
// in lower case; "" for another department.
func USDepartmentSite(dept string) string { return usDepartmentSites[dept] }

// USEmbassyOutlet opens the name of a U.S. embassy as an outlet, in lower
// case: embassies repost the State Department's briefings.
const USEmbassyOutlet = "u.s. embassy"
