package corpus

import (
	"regexp"
	"strings"
)

// handoverRE is news handing over to a statement it prints whole: "The
// following statement was released by the foreign ministers of …".
var handoverRE = regexp.MustCompile(`(?i)(?:^|[–—-] )(?:the text of )?the following (?:joint )?(?:statement|remarks|message|communiqu[eé]|declaration|letter)s? (?:was|were|is|are|has been|have been) (?:[a-z]+ )?(?:released|issued|made|delivered|published|sent|signed) (?:[a-z]+ )?by (.+)$`)

// followingTextRE is a government news service handing over to the text
// of one person's statement it prints whole: "Following is the text of
// Ruiz's statement:", "Following is the full text of the Secretary's
// remarks:".
var followingTextRE = regexp.MustCompile(`(?i)^following is the (?:full )?text of (?:the )?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}?)['’]s? (?:statement|remarks|message|letter)$`)

// endTextRE closes the text a news service printed whole: "(end text)".
var endTextRE = regexp.MustCompile(`(?i)^\(end (?:text|transcript|excerpts?)\)$`)

// handover is who a statement the article prints after "The following
// statement was released by A, B and C" is by: the people the words after
// "by" name, one speaker for them all; nil when they name no one.
func (x *extractor) handover(s string) *entity {
	line := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	if m := followingTextRE.FindStringSubmatch(line); m != nil {
		// "Following is the text of Ruiz's statement": one whom the
		// article named before, by the name it gives here.
		if e, _ := x.resolve(tokenize(m[1]), ""); e != nil && e.person {
			return e
		}
		return nil
	}
	m := handoverRE.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	toks := tokenize(m[1])
	end := len(toks)
	for i, t := range toks {
		if t.text == "on" || t.text == "in" || t.text == "at" || t.text == "to" {
			end = i // "… on the talks in the capital"
			break
		}
	}
	var names []string
	for i, j := range capRuns(toks[:end]) {
		_, name, gender := splitTitleName(texts(toks[i:j]))
		if len(name) >= 4 && nameGender(name[0]) == "" && !isInitial(strings.TrimSuffix(name[1], ".")) && nameGender(name[1]) != "" {
			// "… Security Policy John Varn Ostel": the word before
			// a first name belongs to the role.
			name = name[1:]
		}
		if !isName(name) || !canStartName(name) {
			continue
		}
		if len(names) == 0 {
			// The one who leads a list may be quoted alone later.
			x.reg.candidate(strings.Join(name, " "), gender)
		}
		names = append(names, canonName(strings.Join(name, " ")))
	}
	switch len(names) {
	case 0:
		return x.governments(m[1])
	case 1:
		return x.reg.person(names[0], "", "")
	}
	return x.together(names)
}

// governments is the issuer a joint statement's opening line names when
// it is governments, not people: "The text of the following statement was
// released by the Governments of the United States of America and Estria";
// nil for anything else.
func (x *extractor) governments(by string) *entity {
	name := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(by), ".:"))
	if !governmentsRE.MatchString(name) {
		return nil
	}
	name = "t" + name[1:] // "the Governments of …", as a sentence goes on
	e := x.reg.org(name)
	x.reg.changing(e)
	e.addHeads("governments", "government")
	return e
}

// governmentsRE opens the words naming the governments that issue a
// statement together.
var governmentsRE = regexp.MustCompile(`^[Tt]he [Gg]overnments? of (?:the )?[A-Z]`)

// together is one speaker for several people who speak as one: "Ema
// Roth, Pel Dunar and Ilka Dorn".
func (x *extractor) together(names []string) *entity {
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	if e := x.reg.orgs[name]; e != nil {
		return e
	}
	e := &entity{name: name, plural: true}
	for _, n := range names {
		f := strings.Fields(n)
		e.addHeads(f[len(f)-1])
	}
	x.reg.orgs[name] = e
	return e
}
