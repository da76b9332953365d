package lexicon

// A term is one holder of an office, from the day they took it until the
// day they left it (that day excluded); "" until for one still in office.
type term struct{ from, until, name string }

// usSecretariesOfState are the Secretaries of State since 1977, in order,
// each from the day they were sworn in. The weeks an acting Secretary
// held the office between two of them are left out: no one is named.
var usSecretariesOfState = []term{
	{"1977-01-23", "1980-04-29", "Cyrus Vance"}, {"1980-05-08", "1981-01-19", "Edmund Muskie"},
	{"1981-01-22", "1982-07-06", "Alexander Haig"}, {"1982-07-16", "1989-01-21", "George Shultz"},
	{"1989-01-25", "1992-08-24", "James Baker"}, {"1992-12-08", "1993-01-20", "Lawrence Eagleburger"},
	{"1993-01-20", "1997-01-18", "Warren Christopher"}, {"1997-01-23", "2001-01-20", "Madeleine Albright"},
	{"2001-01-20", "2005-01-26", "Colin Powell"}, {"2005-01-26", "2009-01-21", "Condoleezza Rice"},
	{"2009-01-21", "2013-02-01", "Hillary Clinton"}, {"2013-02-01", "2017-01-21", "John Kerry"},
	{"2017-02-01", "2018-04-01", "Rex Tillerson"}, {"2018-04-26", "2021-01-21", "Mike Pompeo"},
	{"2021-01-26", "2025-01-21", "Antony Blinken"}, {"2025-01-21", "", "Marco Rubio"},
}

// usSecretariesOfDefense are the Secretaries of Defense since 1977, as
// usSecretariesOfState are.
var usSecretariesOfDefense = []term{
	{"1977-01-21", "1981-01-21", "Harold Brown"}, {"1981-01-21", "1987-11-23", "Caspar Weinberger"},
	{"1987-11-23", "1989-01-21", "Frank Carlucci"}, {"1989-03-21", "1993-01-21", "Dick Cheney"},
	{"1993-01-21", "1994-02-03", "Les Aspin"}, {"1994-02-03", "1997-01-24", "William Perry"},
	{"1997-01-24", "2001-01-20", "William Cohen"}, {"2001-01-20", "2006-12-18", "Donald Rumsfeld"},
	{"2006-12-18", "2011-07-01", "Robert Gates"}, {"2011-07-01", "2013-02-27", "Leon Panetta"},
	{"2013-02-27", "2015-02-17", "Chuck Hagel"}, {"2015-02-17", "2017-01-20", "Ashton Carter"},
	{"2017-01-20", "2019-01-01", "Jim Mattis"}, {"2019-07-23", "2020-11-10", "Mark Esper"},
	{"2021-01-22", "2025-01-21", "Lloyd Austin"}, {"2025-01-25", "", "Pete Hegseth"},
}

// USSecretaryOfStateOn returns the Secretary of State on day (YYYY-MM-DD):
// who "the Secretary" of a State Department document of that day is. ""
// for a day no one listed held the office, or past the last day the
// lexicon answers for.
func USSecretaryOfStateOn(day string) string { return holderOn(usSecretariesOfState, day) }

// USSecretaryOfDefenseOn returns the Secretary of Defense on day
// (YYYY-MM-DD), as USSecretaryOfStateOn does the Secretary of State.
func USSecretaryOfDefenseOn(day string) string { return holderOn(usSecretariesOfDefense, day) }

// holderOn is the one of terms in office on day; "" for none, no day, or
// a day past usPresidentsUntil, beyond which the tables are not kept.
func holderOn(terms []term, day string) string {
	if len(day) != len("2006-01-02") || day >= usPresidentsUntil {
		return ""
	}
	for _, t := range terms {
		if day >= t.from && (t.until == "" || day < t.until) {
			return t.name
		}
	}
	return ""
}
