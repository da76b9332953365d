package corpus

import (
	"maps"
	"strings"
	"testing"
)

// TestCasedTranscript tells a transcript labelled in ordinary case
// ("Okafor:", "Moderator:") from news that only has a few "Name: …" lines.
func TestCasedTranscript(t *testing.T) {
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"an interview", "Moderator: Welcome to the programme tonight.\n\nVarga: Are the corridor talks over?\n\nOkafor: Not at all, we expect them back.\n\nVarga: And the prisoners held in the north?\n\nOkafor: They are part of the same package.", true},
		{"questions and answers", "Question: Is the truce holding in the east?\n\nMinister Haddad: It is holding, with a few violations.\n\nQuestion: Will the monitors stay on?\n\nMinister Haddad: They stay until the end of March.", true},
		{"a tally", "The count so far:\n\nClinton: 1,769.\n\nSanders: 1,501.\n\nClinton: 547.\n\nSanders: 46.", false},
		{"a roundup of reactions", "Leaders reacted to the deal on Monday.\n\nMacron: “A step towards peace for the whole region.”\n\nScholz: “We will help to rebuild the towns.”\n\nThe talks resume in Geneva next week, officials said.", false},
		{"a story with a heading", "Update: the talks resumed on Monday in Doha.\n\nThe mediators met both delegations.\n\nThe envoy said the gaps were narrowing.\n\nNo date was set for a signing.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Title: "t", Paragraphs: strings.Split(tt.body, "\n\n")}
			if got := casedTranscript(a); got != tt.want {
				t.Errorf("casedTranscript = %v; want %v", got, tt.want)
			}
		})
	}
}

func TestCasedLabel(t *testing.T) {
	tests := []struct {
		para, label string
		ok          bool
	}{
		{"Blinken: We are close.", "BLINKEN", true},
		{"Secretary Blinken: We are close.", "SECRETARY BLINKEN", true},
		{"Mr. Miller: Good afternoon.", "MR. MILLER", true},
		{"Moderator: Next question.", "MODERATOR", true},
		{"Note: This story was corrected.", "", false},
		{"Monday: talks resume.", "", false},
		{"Clinton: 1,769.", "", false},
		{"The talks: what we know.", "", false},
	}
	for _, tt := range tests {
		lab, _, ok := casedLabel(tt.para)
		if lab != tt.label || ok != tt.ok {
			t.Errorf("casedLabel(%q) = %q, %v; want %q, %v", tt.para, lab, ok, tt.label, tt.ok)
		}
	}
}

// TestCasedPressConference: a ministry's press conference where newsrooms
// ask ("Harbour TV:", "Reuters:", "Coastline Daily reporter:") and its
// spokesperson answers, and a news conference whose labels give the title
// before the name the first time.
func TestCasedPressConference(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              map[string]string // words → speaker; "" a question, no statement
	}{
		{"newsrooms ask", "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference",
			"Harbour TV: The foreign minister visited Estria this week. Could you share more about the visit?\n\n" +
				"Lin Qiao: The visit was a success. The two sides agreed to reopen the border crossings.\n\n" +
				"Reuters: Has the ministry spoken to the mediators since Monday?\n\n" +
				"Lin Qiao: I would refer you to the competent authorities.\n\n" +
				"Coastline Daily reporter: What do you expect from the summit in Lisbon?\n\n" +
				"Lin Qiao: We hope it will bring the parties closer.",
			map[string]string{"agreed to reopen": "Lin Qiao", "competent authorities": "Lin Qiao", "bring the parties closer": "Lin Qiao",
				"Has the ministry spoken": "", "share more about the visit": "", "expect from the summit": ""}},
		{"titles in the labels", "Annual news conference",
			"President of Norland Ana Ilic: Good afternoon, colleagues. Let us start at once.\n\n" +
				"Deputy Chief of Staff – Press Secretary Ivo Marsh: Thank you. The first question goes to the front row.\n\n" +
				"Petra Sandu: Good afternoon. How will the truce affect the economy this winter?\n\n" +
				"Ana Ilic: It will help, and the ports will reopen before the spring.",
			map[string]string{"Let us start at once": "Ana Ilic", "first question goes": "Ivo Marsh", "ports will reopen": "Ana Ilic"}},
		{"an archive's labels with a period", "Remarks Prior to a Meeting With Prime Minister Tomas Ilic of Norland",
			"President Okoro. Well, Tomas, welcome back. It is good to have you here again.\n\n" +
				"Prime Minister Ilic. Thank you, Samuel. We have a lot to talk about on the corridor.\n\n" +
				"President Okoro. We do. [Laughter] And the talks in Lisbon come first.\n\n" +
				"Q. Mr. President, will the monitors stay on?\n\nPresident Okoro. They will stay.",
			map[string]string{"good to have you here": "Okoro", "a lot to talk about": "Ilic", "talks in Lisbon come first": "Okoro",
				"They will stay": "Okoro", "monitors stay on": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Title: tt.title, Paragraphs: strings.Split(tt.body, "\n\n")}
			if !casedTranscript(a) {
				t.Fatal("not read as a transcript")
			}
			sts := ExtractTranscript(a)
			for words, want := range tt.want {
				found := false
				for _, s := range sts {
					if !strings.Contains(s.Text, words) {
						continue
					}
					found = true
					if want == "" || !strings.Contains(s.Speaker, want) {
						t.Errorf("%q said by %q; want %q", s.Text, s.Speaker, want)
					}
				}
				if !found && want != "" {
					t.Errorf("no statement holds %q", words)
				}
			}
		})
	}
}

// TestNoonBriefing: a spokesperson's daily briefing names its briefer in
// a note ("… transcript of today's noon briefing by Name, Spokesperson
// for …"); the prose before the questions is the briefer's, except what
// reports another's words, and the "Spokesperson:" label is the briefer.
func TestNoonBriefing(t *testing.T) {
	body := "The following is a near-verbatim transcript of today’s noon briefing by Lena Varga, Spokesperson for the Secretary-General.\n\n" +
		"**Estria\n\nGood afternoon. We have a guest today, but first a few notes on Estria.\n\n" +
		"He warned that the corridor would close within days without fuel.\n\n" +
		"Our colleagues report that two convoys reached the northern towns this morning.\n\n" +
		"**Questions and Answers\n\nQuestion: Lena, will the envoy travel to Lisbon this week?\n\n" +
		"Spokesperson: He will travel on Thursday, and we will share his programme.\n\n" +
		"Question: And has he spoken to the two delegations?\n\nSpokesperson: He has spoken to both of them by phone."
	a := transcriptOf(t, "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", "2025-03-04", body)
	want := map[string]string{"a few notes on Estria": "Lena Varga", "two convoys reached": "Lena Varga",
		"travel on Thursday": "Lena Varga", "spoken to both of them": "Lena Varga", "corridor would close": "not the briefer",
		"travel to Lisbon": "", "two delegations": ""}
	for words, who := range want {
		found := false
		for _, s := range ExtractTranscript(a) {
			if !strings.Contains(s.Text, words) {
				continue
			}
			found = true
			switch who {
			case "":
				t.Errorf("a question became a statement of %q: %q", s.Speaker, s.Text)
			case "not the briefer":
				if s.Speaker == "Lena Varga" {
					t.Errorf("%q given to the briefer; it reports another's words", s.Text)
				}
			default:
				if s.Speaker != who || s.SaidOn != "2025-03-04" {
					t.Errorf("%q said by %q on %q; want %q on 2025-03-04", s.Text, s.Speaker, s.SaidOn, who)
				}
			}
		}
		if !found && who != "" {
			t.Errorf("no statement holds %q", words)
		}
	}
}

func TestLabelNumbers(t *testing.T) {
	want := map[string]string{"ONE": "one", "TWO": "two", "THREE": "three", "FOUR": "four", "FIVE": "five",
		"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "#1": "one", "#2": "two", "#3": "three", "#4": "four"}
	if !maps.Equal(labelNumbers, want) {
		t.Errorf("labelNumbers = %v; want %v", labelNumbers, want)
	}
}

// TestBriefingOpening: the opening of a call or briefing labelled in
// ordinary case holds only two or three turns before the page is cut; a
// title that names the occasion and labels that can only be a speaker's
// make it a transcript. A label may give the short form later turns use
// ("Senior Official (SO):", then "SO:"). News that names its occasion in
// the title and quotes a line after a name stays news.
func TestBriefingOpening(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              map[string]string // words → speaker; "-" not a transcript
	}{
		{"a telephonic briefing with an envoy", "Telephonic Press Briefing with Ivo Marsh, Special Envoy for Estria",
			"Moderator: Welcome to this on-the-record call with Special Envoy Marsh on the renewed truce.\n\n" +
				"He will give opening remarks and then take your questions.\n\n" +
				"Mr. Marsh: Thank you, and good morning to all of you. I came back from the port city on Friday.\n\n" +
				"The truce has been renewed for two more months, and we are in this for the long run.",
			map[string]string{"on-the-record call": "the moderator", "opening remarks": "the moderator",
				"came back from the port city": "Ivo Marsh", "renewed for two more months": "Ivo Marsh"}},
		{"labels with short forms", "Special Briefing: Senior Official on the Estria Talks",
			"Moderator (M): This call is on background, attributable to a senior official.\n\n" +
				"Senior Official (SO): Thanks. The parties have agreed to meet again in Lisbon next week.\n\n" +
				"There is no military way out of this war.\n\n" +
				"Question: Will the monitors go back in?\n\n" +
				"SO: They will, once both sides sign the map.\n\n" +
				"M: Next question, please.",
			map[string]string{"call is on background": "the moderator", "meet again in Lisbon": "a senior official",
				"no military way out": "a senior official", "once both sides sign": "a senior official", "Next question": "the moderator"}},
		{"news about a briefing", "Envoy gives briefing on Estria truce",
			"The envoy spoke to reporters on Monday.\n\n" +
				"Marsh: “The truce is holding,” he told the briefing, adding that fighting had stopped.\n\n" +
				"Officials said talks would resume in Lisbon.",
			map[string]string{"-": "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Title: tt.title, Paragraphs: strings.Split(tt.body, "\n\n")}
			if tt.want["-"] != "" {
				if casedTranscript(a) {
					t.Fatal("read as a transcript")
				}
				return
			}
			if !casedTranscript(a) {
				t.Fatal("not read as a transcript")
			}
			sts := ExtractTranscript(a)
			for words, want := range tt.want {
				for _, s := range holding(t, sts, words) {
					if s.Speaker != want {
						t.Errorf("%q said by %q; want %q", s.Text, s.Speaker, want)
					}
					if strings.HasPrefix(s.Text, "SO:") || strings.HasPrefix(s.Text, "M:") {
						t.Errorf("the short label stayed in the words: %q", s.Text)
					}
				}
			}
		})
	}
}

// TestGuestOf: a briefing given "with" a named guest is the guest's, not
// the spokesperson's regular briefing; one given "by" a name is the
// spokesperson's own.
func TestGuestOf(t *testing.T) {
	tests := []struct {
		title, surname string
		want           bool
	}{
		{"Telephonic Press Briefing with Ivo Marsh, Special Envoy for Estria", "Marsh", true},
		{"Press Briefing by Spokesman Ivo Marsh on the Lisbon Talks", "Marsh", false},
		{"Department Press Briefing – March 4, 2025", "Marsh", false},
		{"Press Briefing with the Envoy for Estria", "Marsh", false},
		{"Press Briefing with Commander Ada Rayburn", "Ray", false},
		{"Background Briefing with Senior Officials and Ivo MARSH", "Marsh", true},
	}
	for _, tt := range tests {
		if got := guestOf(tt.title, tt.surname); got != tt.want {
			t.Errorf("guestOf(%q, %q) = %v; want %v", tt.title, tt.surname, got, tt.want)
		}
	}
}

// TestNamedOpeningTurn: remarks whose opening is one turn under the
// speaker's full name in ordinary case are the speaker's; a news story
// that opens with a name and a colon is not read so.
func TestNamedOpeningTurn(t *testing.T) {
	a, err := ParseText("t.md", []byte("---\ntitle: Remarks at the Corridor Support Group Meeting in Port Vell\npublished: 2025-06-05\n---\n"+
		"Ama Okoro: Thank you all for coming out tonight. Let me begin with a word of thanks to our hosts in Norland.\n\n"+
		"The two delegations have made real progress on the border articles, and the next round is expected within weeks."))
	if err != nil {
		t.Fatal(err)
	}
	if !isTranscript(a) {
		t.Fatalf("not read as a transcript: %q", a.Paragraphs)
	}
	for _, s := range holding(t, ExtractTranscript(a), "real progress") {
		if s.Speaker != "Ama Okoro" {
			t.Errorf("%q said by %q; want Ama Okoro", s.Text, s.Speaker)
		}
	}
	news, err := ParseText("n.md", []byte("---\ntitle: Border talks stall in Estria\npublished: 2025-06-05\n---\n"+
		"Ama Okoro: the name on every list, and the talks stalled on Thursday, officials said.\n\nThe delegations left the capital in the evening."))
	if err != nil {
		t.Fatal(err)
	}
	if isTranscript(news) {
		t.Error("a news story that opens with a name and a colon read as a transcript")
	}
}

// TestBriefingOpeningPeriodLabel: an excerpt of a briefing that opens on a
// reporter's "Q." (a label with a period, no colon) loads and is read as
// the briefing it is; it once stopped the whole load.
func TestBriefingOpeningPeriodLabel(t *testing.T) {
	a, err := ParseText("q.md", []byte("---\ntitle: Press Briefing by Press Secretary Ada Rayburn (excerpt on the detained engineer)\npublished: 2025-03-12\n---\n"+
		"Q. Is the President open to an exchange of prisoners to bring the engineer home from Norland?\n\n"+
		"MS. RAYBURN: Let me say that we believe the engineer should be released at once, and that his detention is not justified.\n\n"+
		"His continued detention stands in the way of better relations between our two countries."))
	if err != nil {
		t.Fatal(err)
	}
	if !isTranscript(a) {
		t.Fatalf("not read as a transcript: %q", a.Paragraphs)
	}
	for _, s := range holding(t, ExtractTranscript(a), "stands in the way") {
		if !strings.Contains(s.Speaker, "Rayburn") {
			t.Errorf("%q said by %q; want Rayburn", s.Text, s.Speaker)
		}
	}
}

// TestPresenterBriefing: a defence department's transcript names its
// briefer in a "Presenter:" line; the briefer opens in ordinary case with
// a greeting ("Secretary Marsh: Good evening.") and goes on in unlabelled
// paragraphs; the reporters then ask as "Q:" and the briefer answers as
// "A:". Everything after the greeting is the presenter's, the title
// printed again and the "Presenter:" line are no one's words. A page that
// names several presenters is read the same way, and the Pentagon's
// shorthand for the office ("SecDef Marsh:", "Sec Def:") names its holder.
func TestPresenterBriefing(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              map[string]string // words → speaker; "" no statement
	}{
		{"the secretary opens", "Defense News Briefing, Tuesday, May 4, 2004",
			"Defense News Briefing, Tuesday, May 4, 2004\n\nPresenter: Secretary of Defense Ivo Marsh\n\n" +
				"Secretary Marsh: Good evening.\n\nI have just come from a meeting with the President about the corridor talks.\n\n" +
				"The monitors will stay in the buffer zone until the truce is signed.",
			map[string]string{"meeting with the President": "Ivo Marsh", "monitors will stay": "Ivo Marsh",
				"Presenter:": "", "Tuesday, May 4": ""}},
		{"the spokesman answers as A", "Department of Defense News Briefing, Friday March 6, 1998",
			"Presenters: Mr. Tomas Ilic, ASD PA\n\nMr. Ilic: Good afternoon.\n\nLet me start with two announcements about the week ahead.\n\n" +
				"Q: When will the first observation flights over the valley begin?\n\n" +
				"A: They could begin as early as tomorrow, once the agreement is signed.\n\n" +
				"Q: Will the other side fly too?\n\nA: That is for the commission to decide.",
			map[string]string{"two announcements": "Tomas Ilic", "as early as tomorrow": "Tomas Ilic", "for the commission": "Tomas Ilic",
				"observation flights": ""}},
		{"the Pentagon's shorthand for the office", "Joint Press Conference with Marsh and Okoro in Camp Estria",
			"Presenter: Secretary of Defense Ivo Marsh\n\nSecDef Marsh: We will now take questions about the mission.\n\n" +
				"Q: How concerned are you about the northern valley?\n\n" +
				"Sec Def: We are watching it closely and more monitors will join our forces.\n\n" +
				"Q: Will the agreement be changed?\n\nSec Def: I have heard of no proposal to change it.",
			map[string]string{"take questions about the mission": "Ivo Marsh", "more monitors will join": "Ivo Marsh",
				"no proposal to change it": "Ivo Marsh", "northern valley": ""}},
		{"two presenters", "Defense News Briefing",
			"Presenters: Secretary of Defense Ivo Marsh and General Ana Okoro\n\nSecretary Marsh: Good afternoon.\n\n" +
				"The ceasefire held overnight along the whole line.\n\nQ: Who will monitor it?\n\nA: The joint commission will.",
			map[string]string{"ceasefire held overnight": "Ivo Marsh", "Who will monitor": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Title: tt.title, Paragraphs: strings.Split(tt.body, "\n\n")}
			if !isTranscript(a) {
				t.Fatal("not read as a transcript")
			}
			sts := ExtractTranscript(a)
			for words, want := range tt.want {
				found := false
				for _, s := range sts {
					if !strings.Contains(s.Text, words) {
						continue
					}
					found = true
					if want == "" || s.Speaker != want {
						t.Errorf("%q said by %q; want %q", s.Text, s.Speaker, want)
					}
				}
				if !found && want != "" {
					t.Errorf("no statement holds %q", words)
				}
			}
		})
	}
}

// TestNotPresenterBriefing: a "Presenter:" line does not make a transcript
// of a story whose labels are not a speaker's, nor of one whose first
// label is not the presenter's.
func TestNotPresenterBriefing(t *testing.T) {
	tests := []struct{ name, title, body string }{
		{"no occasion in the title", "Talks resume in Lisbon",
			"Presenter: Ivo Marsh\n\nSecretary Marsh: Good evening.\n\nThe talks resume on Monday."},
		{"another speaker opens", "Defense News Briefing",
			"Presenter: Secretary of Defense Ivo Marsh\n\nGeneral Okoro: Good evening.\n\nThe talks resume on Monday."},
		{"a heading, not a speaker", "Defense News Briefing",
			"Presenter: Secretary of Defense Ivo Marsh\n\nUpdate: the talks resume on Monday.\n\nThe envoys met twice."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Title: tt.title, Paragraphs: strings.Split(tt.body, "\n\n")}
			if presenterBriefing(a, allParagraphs(a)) {
				t.Error("read as a presenter's briefing")
			}
		})
	}
}
