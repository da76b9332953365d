package bot

import "strings"

// questionWords carry no content: they say how something is asked.
var questionWords = map[string]bool{"what": true, "who": true, "whom": true, "when": true, "where": true, "why": true,
	"how": true, "which": true, "did": true, "does": true, "do": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "say": true, "said": true, "says": true, "tell": true, "told": true,
	"happen": true, "happened": true, "talks": false, "there": true, "any": true, "latest": true, "news": true,
	"about": true, "the": true, "a": true, "an": true, "of": true, "been": true, "being": true, "doing": true, "will": true,
	"would": true, "can": true, "could": true, "me": true, "you": true, "know": true, "anything": true, "exactly": true,
	"really": true, "us": true, "it": true, "that": true, "this": true, "many": true, "much": true}

// contentWords drops question words, keeping what the question is about.
func contentWords(s string) string {
	var keep []string
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, `?!.,;:"'“”‘’`))
		if lw == "" || questionWords[lw] {
			continue
		}
		keep = append(keep, strings.Trim(w, `?!.,;:"“”`))
	}
	return strings.Join(keep, " ")
}

// synonyms are the words of negotiations that news writes in several ways.
var synonyms = [][]string{
	{"approve", "approved", "approval", "green light", "endorse", "endorsed", "agree", "agreed", "accept", "accepted"},
	{"ceasefire", "cease-fire", "truce"},
	{"hostage", "hostages", "captive", "captives", "abductee", "abductees"},
	{"prisoner", "prisoners", "detainee", "detainees"},
	{"talks", "negotiations", "discussions", "diplomacy"},
	{"deal", "agreement", "accord", "plan", "proposal", "framework"},
	{"country", "countries", "nation", "nations"},
	{"condition", "conditions", "understanding", "demand", "demands", "requirement", "insist"},
	{"optimistic", "optimism", "hopeful", "hope"},
	{"pessimistic", "skeptical", "skepticism", "sceptical", "scepticism", "doubt"},
	{"home", "homes"},
	{"return", "returning", "returned"},
	{"withdraw", "withdrawal", "pullback"},
	{"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes"},
	{"invasion", "incursion", "ground operation", "offensive"},
	{"killed", "dead", "deaths", "died"},
	{"mediate", "mediator", "mediators", "mediation", "broker"},
	{"us", "united states", "american", "americans", "washington"},
	{"uk", "britain", "british"},
	{"un", "united nations"},
	{"escalation", "escalating", "escalate", "de-escalation", "deescalate"},
	{"directly", "direct"},
	{"meeting", "meet", "met", "session"},
	{"displaced", "evacuated", "refugees"},
}

var synonymIndex = func() map[string][]string {
	m := map[string][]string{}
	for _, group := range synonyms {
		for _, w := range group {
			for _, o := range group {
				if o != w {
					m[w] = append(m[w], o)
				}
			}
		}
	}
	return m
}()

// expand adds the synonyms of a question's words, so "approve" also finds
// "gave the green light"; a word is looked up as written and as analysed
// ("ceasefires" finds the synonyms of "ceasefire").
func (v *view) expand(words string) string {
	if words == "" {
		return ""
	}
	out := []string{words}
	seen := map[string]bool{}
	add := func(ws []string) {
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	for _, w := range strings.Fields(strings.ToLower(words)) {
		add(synonymIndex[strings.Trim(w, `?!.,;:"'`)])
	}
	for _, t := range v.s.Terms(words) {
		add(v.rawSyn[t])
	}
	return strings.Join(out, " ")
}

// synonymTerms maps each analysed term of the question to the analysed
// terms of its synonyms.
func (v *view) synonymTerms(terms []string) map[string][]string {
	out := make(map[string][]string, len(terms))
	for _, t := range terms {
		out[t] = v.stems[t]
	}
	return out
}
