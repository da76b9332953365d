package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// officeRefRE finds an office named alone ("the Secretary", "the
// President"), with what follows that may make it another office ("the
// Secretary of Defense", "the Secretary-General", "the President of
// Egypt").
var officeRefRE = regexp.MustCompile(`\b[Tt]he (Secretary|President)\b(-| General\b| of\b)?`)

// referToOffices gives each statement of a U.S. government document the
// names of those its words speak of by their office alone (Refers): "the
// Secretary is in Lausanne" of a State Department briefing of March 2015
// speaks of John Kerry, "the President has been very excited about this
// trip" of a White House gaggle of April 2023 of Joe Biden. Another
// office, outlet or a day the lexicon names no one for adds nothing, nor
// does the speaker's own office.
func referToOffices(stmts []Statement) {
	for i := range stmts {
		s := &stmts[i]
		if !strings.Contains(s.Text, "he Secretary") && !strings.Contains(s.Text, "he President") {
			continue
		}
		for _, m := range officeRefRE.FindAllStringSubmatch(s.Text, -1) {
			if m[2] != "" {
				continue
			}
			if name, _ := OfficeHolder(m[1], *s); name != "" && name != s.Speaker && !slices.Contains(s.Refers, name) {
				s.Refers = append(s.Refers, name)
			}
		}
	}
}
