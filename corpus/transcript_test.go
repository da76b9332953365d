package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLabels reads the labels transcripts open their turns with, and
// leaves alone what only looks like one.
func TestLabels(t *testing.T) {
	tests := []struct {
		para, label string
		ok          bool
	}{
		{"MR MILLER: Good afternoon.", "MR MILLER", true},
		{"MS. JEAN-PIERRE: Thank you.", "MS. JEAN-PIERRE", true},
		{"SENIOR STATE DEPARTMENT OFFICIAL ONE: Sure.", "SENIOR STATE DEPARTMENT OFFICIAL ONE", true},
		{"Q    Mr. President, is it done?", "Q", true},
		{"Q Do you think so?", "Q", true},
		{"A: It is.", "A", true},
		{"WALLACE: Welcome back.", "WALLACE", true},
		{"NOTE: This story was corrected.", "", false},
		{"UPDATE: Talks resumed.", "", false},
		{"Quite a few officials said so.", "", false},
		{"The talks: what we know.", "", false},
		{"MR MILLER:", "MR MILLER", true},
		{"SHORT READS:", "", false},
		{"MR. McCALLISTER: Good morning.", "MR. McCALLISTER", true},
		{"DASD (ISA) NORA P. VALE: Thank you, sir.", "DASD NORA P. VALE", true},
		{"DANA REYES, CNN HOST: Welcome back.", "DANA REYES, CNN HOST", true},
		{"TOMAS ILIC, FOREIGN MINISTER OF NORLAND: Thank you.", "TOMAS ILIC, FOREIGN MINISTER OF NORLAND", true},
		{"Dana Reyes (01:49):", "DANA REYES", true},
		{"Dana Reyes: (00:28) Thank you all.", "DANA REYES", true},
		{"Speaker 1 (02:10): How many?", "SPEAKER 1", true},
		{"Dana Reyes 00:00:02-00:00:19 (17 sec) Thank you all.", "DANA REYES", true},
		{"Question 00:01:05-00:01:09 (4 sec)", "QUESTION", true},
		{"Reyes 12:30 - the talks resume.", "", false},
		{"McCarthy: not a label in capitals.", "", false},
		{"QUESTION (Harbour Wire): Is there a date?", "QUESTION", true},
		{"STAFF: Next question.", "STAFF", true},
		{"MINISTRY OF DEFENCE PRESS SECRETARY AIR FORCE MAJ. GEN. IVO MARSH: Good afternoon.", "MINISTRY OF DEFENCE PRESS SECRETARY AIR FORCE MAJ. GEN. IVO MARSH", true},
	}
	for _, tt := range tests {
		lab, _, ok := label(tt.para)
		if lab != tt.label || ok != tt.ok {
			t.Errorf("label(%q) = %q, %v; want %q, %v", tt.para, lab, ok, tt.label, tt.ok)
		}
	}
}

// TestLabelSpeakers resolves labels to speakers from what the document
// says about them, and keeps unnamed officials as labelled.
func TestLabelSpeakers(t *testing.T) {
	a := &Article{Title: "Department Press Briefing – Dana Whitfield, Spokesperson", Outlet: "U.S. Department of State",
		Header: []string{"Special Briefing", "Vienna, Austria"}}
	turns := []turn{{label: "QUESTION", paras: []string{"Is there a deal?"}}, {label: "MR HOLLOWAY", paras: []string{"Not yet."}}}
	r := newLabelResolver(a, turns, []string{"Our briefer today is Deputy Spokesperson Peter Holloway."})
	tests := []struct {
		label, name, title string
	}{
		{"MS WHITFIELD", "Dana Whitfield", "Spokesperson"},
		{"MR HOLLOWAY", "Peter Holloway", "Deputy Spokesperson"},
		{"MR OKONJO", "Okonjo", ""},
		{"SENIOR ADMINISTRATION OFFICIAL", "a senior administration official", ""},
		{"SENIOR STATE DEPARTMENT OFFICIAL TWO", "a senior State Department official (two)", ""},
		{"MODERATOR", "the moderator", ""},
		{"THE PRESIDENT", "the President", "President"},
	}
	for _, tt := range tests {
		got := r.resolve(tt.label)
		if got.name != tt.name || got.title != tt.title {
			t.Errorf("resolve(%q) = %q, %q; want %q, %q", tt.label, got.name, got.title, tt.name, tt.title)
		}
	}
}

// TestTranscriptLabelForms reads the other ways transcripts write their
// labels: a broadcast's "NAME, ROLE:" then the surname alone, a
// transcription service's timed names, an office's initials before a
// name, capitals around "Mc".
func TestTranscriptLabelForms(t *testing.T) {
	tests := []struct {
		name, body string
		want       map[string]string // words of a turn → speaker ("" a reporter: no statement)
	}{
		{"broadcast", "DANA REYES, NBN HOST: Good evening. We turn to the talks in Lisbon tonight.\n\n" +
			"TOMAS ILIC, FOREIGN MINISTER OF NORLAND: Thank you for having me on the programme.\n\n" +
			"REYES: Will the corridor open this week?\n\nILIC: We expect the corridor to open on Thursday.",
			map[string]string{"We turn to the talks": "Dana Reyes", "for having me": "Tomas Ilic", "corridor to open on Thursday": "Tomas Ilic"}},
		{"timed", "Peter Holloway (00:00):\n\nAfternoon, everyone. Let me start with the talks in Lisbon.\n\n(00:12)\nThe negotiators met for six hours and will meet again tomorrow.\n\n" +
			"Speaker 1 (00:40):\n\nIs there a date for the signing at all?\n\nPeter Holloway (00:44):\n\nThere is no date for the signing yet.",
			map[string]string{"Let me start": "Peter Holloway", "met for six hours": "Peter Holloway", "no date for the signing yet": "Peter Holloway", "Is there a date": ""}},
		{"timed, a reporter by first name", "Peter Holloway (00:00):\n\nGood afternoon. Nothing at the top today, so go ahead.\n\n" +
			"Rania (00:09):\n\nNothing on the corridor talks at all today?\n\nPeter Holloway (00:12):\n\nThe talks go on in Lisbon, and I have no update beyond that.",
			map[string]string{"Nothing at the top": "Peter Holloway", "no update beyond that": "Peter Holloway", "corridor talks at all": ""}},
		{"office initials", "GENERAL IVO MARSH: Good afternoon. With me is Deputy Assistant Secretary Nora P. Vale, who will speak to the package. DASD Vale, over to you.\n\n" +
			"DASD (ISA) NORA P. VALE: Thank you. The package holds air defence interceptors.\n\nQ: Will more follow this year?\n\nDASD (ISA) NORA P. VALE: More will follow.",
			map[string]string{"package holds air defence": "Nora Vale", "More will follow": "Nora Vale", "With me is": "Ivo Marsh"}},
		{"turns run together", "Secretary of State Ana Okoro Lisbon Treaty Room SECRETARY OKORO: Good morning. It is a pleasure to receive the prime minister here again. " +
			"PRIME MINISTER ILIC: Thank you, Madam Secretary. We will keep working for the ceasefire. Q Is a deal close at all? SECRETARY OKORO: Closer than it was last week.",
			map[string]string{"pleasure to receive": "Ana Okoro", "keep working for the ceasefire": "Ilic", "Closer than it was": "Ana Okoro", "Is a deal close": ""}},
		{"radio", "This is THE EVENING DESK. I'm Rosa Klee in Lisbon.\n\nThe envoy returned from the north this week.\n\n" +
			"Representative TOMAS HALE (Democrat, Ohio): We were told the corridor would open by Friday.\n\n" +
			"KLEE: Joining us now is the former envoy Ivo Marsh. Welcome to the programme.\n\n" +
			"Mr. IVO MARSH (Former Special Envoy): Thank you, Rosa. It is good to be with you.\n\n" +
			"KLEE: Can the corridor open by Friday at all?\n\nMr. MARSH: It can, if both sides keep to the map.",
			map[string]string{"corridor would open by Friday": "Tomas Hale", "Joining us now": "Rosa Klee", "good to be with you": "Ivo Marsh", "keep to the map": "Ivo Marsh"}},
		{"initials", "STAFF: Good afternoon. It is my pleasure to introduce General Ivo K. Marsh, who will brief on the exercise.\n\n" +
			"GENERAL IVO K. MARSH: Thank you. The exercise ended on Sunday without incident.\n\nQ: Will it be repeated next year?\n\nGEN. MARSH: It will, in the spring.",
			map[string]string{"ended on Sunday": "Ivo Marsh", "in the spring": "Ivo Marsh", "pleasure to introduce": "the staff"}},
		{"a newsroom after the reporter's label", "MR HALE: Good afternoon. Nothing at the top today.\n\nQUESTION (Harbour Wire): Is there a date for the signing?\n\nMR HALE: There is no date yet.",
			map[string]string{"no date yet": "Hale", "Is there a date": ""}},
		{"an office and a rank before the name", "HARBOUR DEPARTMENT PRESS SECRETARY AIR FORCE MAJ. GEN. IVO K. MARSH: Good afternoon. The corridor talks resume in Lisbon on Monday.\n\n" +
			"Q: Will the navy escort the convoys?\n\nDEPUTY HARBOUR PRESS SECRETARY NORA VALE: The convoys sail with two frigates.",
			map[string]string{"corridor talks resume": "Ivo Marsh", "sail with two frigates": "Nora Vale", "escort the convoys": ""}},
		{"spans of a recording", "Peter Holloway 00:00:00-00:00:14 (14 sec)\n\nAfternoon, everyone. The negotiators met for six hours in Lisbon.\n\n" +
			"Question 00:00:14-00:00:18 (4 sec)\n\nIs there a date for the signing at all?\n\nNora Vale 00:00:18-00:00:40 (22 sec)\n\nThere is no date for the signing yet.",
			map[string]string{"met for six hours": "Peter Holloway", "no date for the signing yet": "Nora Vale", "Is there a date": ""}},
		{"Mc", "MR. McCALLISTER: Good morning. I will turn it over to our senior official for the opening.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks. The ceasefire has held since Sunday night.\n\nQ Will it last?\n\nMR. McCALLISTER: We will take two more questions.",
			map[string]string{"take two more": "McCallister", "has held since Sunday": "a senior administration official"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := transcriptOf(t, "Press Briefing", "2025-05-02", tt.body)
			sts := ExtractTranscript(a)
			for words, want := range tt.want {
				found := false
				for _, s := range sts {
					if !strings.Contains(s.Text, words) {
						continue
					}
					found = true
					if want == "" {
						t.Errorf("a reporter's words became a statement of %q: %q", s.Speaker, s.Text)
					} else if !strings.Contains(s.Speaker, want) {
						t.Errorf("%q said by %q; want %q", s.Text, s.Speaker, want)
					}
				}
				if !found && want != "" {
					t.Errorf("no statement holds %q: %+v", words, sts)
				}
			}
		})
	}
}

func TestCanonName(t *testing.T) {
	for in, want := range map[string]string{
		"Lloyd J. Austin III":  "Lloyd Austin",
		"Adaeze N. Okafor Jr.": "Adaeze Okafor",
		"John F. W. Smith":     "John Smith",
		"Antony Blinken":       "Antony Blinken",
		"J. Smith":             "J. Smith",
	} {
		if got := canonName(in); got != want {
			t.Errorf("canonName(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestNamesFromCorpus: a label or role its own document does not name is
// named from the rest of the corpus, once every file is read.
func TestNamesFromCorpus(t *testing.T) {
	c, err := Load(Options{}, "testdata/formats")
	if err != nil || len(c.Errors) > 0 {
		t.Fatalf("load: %v %v", err, c.Errors)
	}
	want := map[string]string{
		// "Remarks by the President": the outlet's president nearest in
		// time (not the one of three months before).
		"2025-07-30-remarks-by-the-president.md": "Samuel Okoro",
		// "MS WHITFIELD": the one Whitfield the corpus knows in full.
		"2025-08-01-press-briefing-surname.md": "Dana Whitfield",
	}
	seen := map[string]int{}
	for _, s := range c.Statements {
		w, ok := want[filepath.Base(s.File)]
		if !ok || s.Kind != Quote {
			continue
		}
		seen[filepath.Base(s.File)]++
		if s.Speaker != w {
			t.Errorf("%s: %q said by %q; want %q", filepath.Base(s.File), s.Text, s.Speaker, w)
		}
	}
	for f := range want {
		if seen[f] == 0 {
			t.Errorf("%s: no quotes", f)
		}
	}
}

// FuzzFormats: whatever a text file holds, reading it in the format it
// looks like never panics, and every statement has words and a kind.
func FuzzFormats(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/formats/*.md")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("THE:\n\nQ\n\nA: x\n\nMR :\n"))
	f.Add([]byte("---\ntitle: Readout of , Jr.'s Call with  of \n---\nHe of .\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := &input{Name: "f.md", Data: data}
		_, sts, err := formatOf(in).Read(in)
		if err != nil {
			return
		}
		for _, s := range sts {
			if strings.TrimSpace(s.Text) == "" || s.Kind != Quote && s.Kind != Fact {
				t.Fatalf("statement %+v has no words or no kind", s)
			}
		}
	})
}

// TestInlineTurnsLeaveNews: a paragraph is cut only where it holds two
// speakers' labels or more; news with one label-like run stays whole.
func TestInlineTurnsLeaveNews(t *testing.T) {
	for _, p := range []string{
		"The envoy said talks would resume on Monday. MR HALE: the note ended there, officials said.",
		"Officials at the U.N. HQ: no deal yet, a diplomat said.",
		"The Q score of the show rose again in March.",
	} {
		if got := splitInlineTurns([]string{p}); len(got) != 1 || got[0] != p {
			t.Errorf("splitInlineTurns(%q) = %q; want it whole", p, got)
		}
	}
}

// TestTranscriptDate: the day a transcript's header or title gives is the
// day the words were said when the page went up then or within a month
// after; otherwise the publication day.
func TestTranscriptDate(t *testing.T) {
	pub, _ := ParseDate("2025-05-03")
	tests := []struct {
		title  string
		header []string
		want   string
	}{
		{"Press Call on the Corridor", []string{"Via Teleconference", "(May 2, 2025)"}, "2025-05-02"},
		{"Press Briefing by the Spokesperson 5/02/25 Transcript", nil, "2025-05-02"},
		{"Press Briefing", []string{"Thursday, May 3, 2025"}, "2025-05-03"},
		{"Press Briefing", []string{"February 2, 2025"}, "2025-05-03"},
		{"Press Briefing", nil, "2025-05-03"},
	}
	for _, tt := range tests {
		a := &Article{Title: tt.title, Header: tt.header, Published: pub}
		if got := transcriptDate(a).Format(dateLayout); got != tt.want {
			t.Errorf("transcriptDate(%q, %q) = %s; want %s", tt.title, tt.header, got, tt.want)
		}
	}
}

// TestDashInterview: an agency's interview prints each question without a
// label and each answer after a dash; the answers are the interviewee's,
// whom the introduction names, and the questions their context.
func TestDashInterview(t *testing.T) {
	body := "Ivo Marsh, the Estrian envoy to the harbour talks, answered questions from the Coastline Agency.\n\n" +
		"You called the last round historic. Was it a breakthrough?\n\n" +
		"– The last round showed that both sides want to move past the stalemate. The ministers spoke frankly.\n\n" +
		"Will the mediators bring new proposals?\n\n" +
		"— The ministers agreed to work from what was already achieved, and we will support them."
	a := transcriptOf(t, `"Envoy: the sides want to move past the stalemate"`, "2025-02-10", body)
	n := 0
	for _, s := range ExtractTranscript(a) {
		if strings.Contains(s.Text, "?") {
			t.Errorf("a question became a statement: %q", s.Text)
		}
		if strings.Contains(s.Text, "stalemate") || strings.Contains(s.Text, "already achieved") {
			n++
			if s.Speaker != "Ivo Marsh" || s.Question == "" {
				t.Errorf("%q said by %q (question %q); want Ivo Marsh, with the question", s.Text, s.Speaker, s.Question)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d answers; want 2", n)
	}
	news, _ := ParseText("n.md", []byte("---\ntitle: What comes next for the talks\n---\nThe talks resume on Monday.\n\nWhat is on the table?\n\n– A truce of six weeks.\n\nWho mediates?\n\nThe envoy from Norland, officials said.\n\nThe first session starts at noon.\n\nA second session follows on Tuesday.\n\nNo date is set for a signing."))
	if dashInterview(news) {
		t.Error("an explainer with one dashed answer read as an interview")
	}
}

// transcriptOf parses body under front matter of that title and date and
// fails the test unless it is read as a transcript.
func transcriptOf(t *testing.T, title, published, body string) *Article {
	t.Helper()
	a, err := ParseText("t.md", []byte("---\ntitle: "+title+"\npublished: "+published+"\n---\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if !isTranscript(a) {
		t.Fatalf("not read as a transcript: %q", a.Paragraphs)
	}
	return a
}

// TestOneLongLabelTranscript reads a defence briefing whose opening holds
// one turn only, under a label with an office and a rank before the name,
// as that official's words, not as news split at "MAJ.".
func TestOneLongLabelTranscript(t *testing.T) {
	a, err := ParseText("t.md", []byte("---\ntitle: Harbour Press Secretary Maj. Gen. Ivo Marsh Holds Press Briefing\npublished: 2025-05-02\n---\n"+
		"HARBOUR DEPARTMENT PRESS SECRETARY AIR FORCE MAJ. GEN. IVO MARSH:  All right. Good afternoon, everyone. "+
		"The department remains focused on securing a ceasefire in the north.\n\nOn Sunday, the minister spoke with his Norland counterpart about the convoys."))
	if err != nil {
		t.Fatal(err)
	}
	if !isTranscript(a) {
		t.Fatalf("not read as a transcript: %q", a.Paragraphs)
	}
	sts := ExtractTranscript(a)
	found := false
	for _, s := range sts {
		if strings.Contains(s.Text, "securing a ceasefire") {
			found = true
			if s.Speaker != "Ivo Marsh" || !strings.Contains(s.SpeakerTitle, "Press Secretary") {
				t.Errorf("%q said by %q (%q); want Ivo Marsh, a press secretary", s.Text, s.Speaker, s.SpeakerTitle)
			}
		}
	}
	if !found {
		t.Errorf("no statement holds the ceasefire words: %+v", sts)
	}
}

// TestTitledRemarksOneTurn: a page of remarks titled for its speaker at an
// occasion the title calls a session or a ceremony, whose opening holds that
// speaker's one turn, is the speaker's words; a news story that opens a
// paragraph with such a label but does not name its speaker stays news.
func TestTitledRemarksOneTurn(t *testing.T) {
	for _, title := range []string{
		"Secretary Ama Okoro at a Closing Session with the Foreign Ministers of Norland and Estria",
		"Secretary Ama Okoro, Norland Foreign Minister Ivo Marsh, and Estrian Foreign Minister Lia Dorn Before Their Meeting",
	} {
		a, err := ParseText("t.md", []byte("---\ntitle: "+title+"\npublished: 2025-06-05\n---\n"+
			"SECRETARY OKORO:  Well, good afternoon, everyone. The two delegations have made real progress on the border articles.\n\n"+
			"There remains hard work to do before a final text, and the next round is expected within weeks.\n\n"+
			"So thank you both, and thanks to your teams."))
		if err != nil {
			t.Fatal(err)
		}
		if !isTranscript(a) {
			t.Fatalf("%q: not read as a transcript: %q", title, a.Paragraphs)
		}
		found := false
		for _, s := range ExtractTranscript(a) {
			if strings.Contains(s.Text, "hard work to do") {
				found = true
				if s.Speaker != "Ama Okoro" {
					t.Errorf("%q: %q said by %q; want Ama Okoro", title, s.Text, s.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement holds the hard-work words", title)
		}
	}
	news, err := ParseText("n.md", []byte("---\ntitle: Border talks stall in Estria\npublished: 2025-06-05\n---\n"+
		"The talks stalled on Thursday, officials said.\n\nSECRETARY OKORO: the note on the board read, one aide said.\n\n"+
		"The delegations left the capital in the evening.\n\nNo new date was set.\n\nThe mediators will report to the council."))
	if err != nil {
		t.Fatal(err)
	}
	if isTranscript(news) {
		t.Error("a news story whose title does not name the label's speaker read as a transcript")
	}
}

// TestBrieferWithoutQuestions: a press briefing whose opening holds only
// the spokesperson's remarks still gives the spokesperson's role.
func TestBrieferWithoutQuestions(t *testing.T) {
	a := &Article{Title: "Department Press Briefing – May 2, 2025", Outlet: "U.S. Department of State"}
	turns := []turn{{label: "MR HOLLOWAY", paras: []string{"Good afternoon. Let me start with the talks in Lisbon."}}}
	r := newLabelResolver(a, turns, nil)
	if got := r.resolve("MR HOLLOWAY"); got.title != "State Department spokesperson" {
		t.Errorf("resolve(MR HOLLOWAY) = %+v; want the State Department spokesperson", got)
	}
}

// TestTurnReportsEarlierDay: a briefer reading out a call made on an
// earlier day gives that day beside the briefing's own.
func TestTurnReportsEarlierDay(t *testing.T) {
	a := transcriptOf(t, "Press Briefing", "2025-03-04", "MR HALE: Good afternoon. On Sunday, March 2, Minister Okoro spoke with his Norland counterpart about the corridor talks.\n\n"+
		"QUESTION: Will the corridor open this week?\n\nMR HALE: We expect it to open on Thursday, and we are working on it.")
	var days []string
	for _, s := range ExtractTranscript(a) {
		if strings.Contains(s.Text, "spoke with his Norland counterpart") {
			days = append(days, s.SaidOn)
		}
	}
	if !slices.Contains(days, "2025-03-02") || !slices.Contains(days, "2025-03-04") {
		t.Errorf("the call read out is dated %v; want the Sunday, 2025-03-02, beside the briefing's day", days)
	}
	// A day to come is not one gone by.
	b := transcriptOf(t, "Press Briefing", "2025-03-04", "MR HALE: Good afternoon. Minister Okoro spoke with his Norland counterpart today. He will travel to Lisbon on Thursday for the corridor talks.")
	travel := 0
	for _, s := range ExtractTranscript(b) {
		if strings.Contains(s.Text, "will travel") {
			travel++
			if s.SaidOn != "2025-03-04" {
				t.Errorf("%q dated %s; want only the briefing's day", s.Text, s.SaidOn)
			}
		}
	}
	if travel == 0 {
		t.Error("no statement holds the travel to come")
	}
}

// TestHeaderNamesOccasion reads a background briefing whose title names
// only its subject, and whose opening holds one moderator's turn, as a
// transcript: the header line "Special Briefing" says what it is.
func TestHeaderNamesOccasion(t *testing.T) {
	a, err := ParseText("t.md", []byte("---\ntitle: Senior Official On the Norland Talks\npublished: 2025-03-04\n---\n"+
		"Special Briefing\nHarbour City, Norland\nMarch 4, 2025\n\n"+
		"MODERATOR: Thanks for joining this call on background. Our briefer is a senior official.\n\n"+
		"Let me frame where the talks with the Norland delegation stand after the second round.\n\n"+
		"The two teams met for three days in Port Vell and agreed to meet again in April."))
	if err != nil {
		t.Fatal(err)
	}
	if !isTranscript(a) {
		t.Fatalf("not read as a transcript: %q %q", a.Header, a.Paragraphs)
	}
	for _, s := range ExtractTranscript(a) {
		if strings.Contains(s.Text, "MODERATOR") || s.Speaker != "the moderator" {
			t.Errorf("%q said by %q; want the moderator's words without the label", s.Text, s.Speaker)
		}
	}
	// A news story with a caption that names no occasion stays news.
	b, err := ParseText("n.md", []byte("---\ntitle: Norland talks resume\npublished: 2025-03-04\n---\n"+
		"Delegates arrive in Port Vell\n\n"+
		"MODERATOR: Welcome.\n\nThe talks resumed on Tuesday, officials said.\n\nThe two sides met for three hours.\n\nNo date was set for the next round."))
	if err != nil {
		t.Fatal(err)
	}
	if isTranscript(b) {
		t.Errorf("a news story read as a transcript: %q", b.Paragraphs)
	}
}

// TestCounterQuestionIsNoAnswer: a speaker who asks back ("You mean at
// home, or —") has not answered; the reporter's "Yes." sends the question
// on to the turn that does.
func TestCounterQuestionIsNoAnswer(t *testing.T) {
	a := transcriptOf(t, "Press Briefing by Press Secretary Dana Whitfield", "2025-04-02",
		"MS. WHITFIELD: Good afternoon. Go ahead, Lena.\n\n"+
			"Q: Does the drawn-out fighting in Norland hurt the President's standing on the ceasefire talks?\n\n"+
			"MS. WHITFIELD: You mean at home, or —\n\n"+
			"Q: Yes. Yes.\n\n"+
			"MS. WHITFIELD: Well, the President set out to end the fighting from the first day, and the talks are the way to do it.")
	var clarify, answer *Statement
	sts := ExtractTranscript(a)
	for i := range sts {
		switch {
		case strings.HasPrefix(sts[i].Text, "You mean"):
			clarify = &sts[i]
		case strings.Contains(sts[i].Text, "first day"):
			answer = &sts[i]
		}
	}
	if clarify == nil || answer == nil {
		t.Fatalf("turns missing: %+v", sts)
	}
	if clarify.Question != "" {
		t.Errorf("the question back answers %q; want no question", clarify.Question)
	}
	if !strings.Contains(answer.Question, "drawn-out fighting") {
		t.Errorf("the answer answers %q; want the reporter's question on the fighting", answer.Question)
	}
	// A turn that did not take the question in answers nothing either.
	b := transcriptOf(t, "Daily Press Briefing", "2025-04-02",
		"QUESTION: The Norland side is still waiting for the written offer on the corridor. Has it been sent?\n\n"+
			"MR. HALE: Sorry, Lena, I missed the first part.\n\n"+
			"QUESTION: The Norland side is still waiting for the written offer.\n\n"+
			"MR. HALE: I won't get into where the offer stands. We want both sides back at the table.")
	// A short answer that tells of something missed or not got is an
	// answer all the same.
	c := transcriptOf(t, "Daily Press Briefing", "2025-04-02",
		"QUESTION: Did the Norland side give the written guarantees on the corridor?\n\n"+
			"MR. HALE: No. We did not get the guarantees we asked for.\n\n"+
			"QUESTION: And the deadline for the offer?\n\n"+
			"MR. HALE: Both sides missed the deadline by a day.")
	for _, s := range ExtractTranscript(c) {
		if strings.Contains(s.Text, "did not get the guarantees") && !strings.Contains(s.Question, "written guarantees") {
			t.Errorf("%q answers %q; want the question on the guarantees", s.Text, s.Question)
		}
		if strings.Contains(s.Text, "missed the deadline") && !strings.Contains(s.Question, "deadline for the offer") {
			t.Errorf("%q answers %q; want the question on the deadline", s.Text, s.Question)
		}
	}
	for _, s := range ExtractTranscript(b) {
		if strings.Contains(s.Text, "missed the first part") && s.Question != "" {
			t.Errorf("%q answers %q; want no question", s.Text, s.Question)
		}
		if strings.Contains(s.Text, "where the offer stands") && !strings.Contains(s.Question, "Has it been sent") {
			t.Errorf("%q answers %q; want the question as first put, beside its repetition", s.Text, s.Question)
		}
	}
}

// TestOneTurnRemarksWithClock reads remarks of one labelled turn as a
// transcript when a header line gives the time the words began, as
// transcripts print it, though the title names no occasion.
func TestOneTurnRemarksWithClock(t *testing.T) {
	a, err := ParseText("t.md", []byte("---\ntitle: President Okoro and Foreign Minister Ilic Discuss the Corridor Talks\npublished: 2025-06-05\n---\n"+
		"Harbour House\nPort Vell, Norland\n\n9:02 A.M. CEST\n\n"+
		"THE PRESIDENT: Good morning. The two delegations have made real progress on the border articles.\n\n"+
		"Foreign Minister Ilic and her counterparts are drafting the text of a cessation of hostilities."))
	if err != nil {
		t.Fatal(err)
	}
	if !isTranscript(a) {
		t.Fatalf("not read as a transcript: %q %q", a.Header, a.Paragraphs)
	}
	for _, s := range holding(t, ExtractTranscript(a), "drafting the text") {
		if s.Speaker != "Okoro" {
			t.Errorf("%q said by %q; want Okoro", s.Text, s.Speaker)
		}
	}
}

// TestLabelNamesFromHeaderLines names a label from a header that repeats
// the title, its lines run together ("Norland Update Peter Holloway,
// Assistant Secretary …"), and from a title whose role names a region
// ("Envoy for Middle East Peace Daniel Holt").
func TestLabelNamesFromHeaderLines(t *testing.T) {
	tests := []struct{ title, header, label, name, title2 string }{
		{"Norland Update", "Norland Update Peter Holloway, Assistant Secretary of State for Northern Affairs Washington, DC May 2, 2025",
			"ASSISTANT SECRETARY HOLLOWAY", "Peter Holloway", "Assistant Secretary of State"},
		{"Press Briefing by Special Envoy for Middle East Peace Daniel Holt, on the Lisbon Talks", "Harbour House",
			"ENVOY HOLT", "Daniel Holt", "Special Envoy for Middle East Peace"},
	}
	for _, tt := range tests {
		r := newLabelResolver(&Article{Title: tt.title, Header: []string{tt.header}}, nil, nil)
		got := r.resolve(tt.label)
		if got.name != tt.name || !strings.HasPrefix(got.title, tt.title2) {
			t.Errorf("resolve(%q) = %q, %q; want %q, %q", tt.label, got.name, got.title, tt.name, tt.title2)
		}
	}
}

// TestHeaderOccasion: a header line names the occasion by the words that
// name one wherever they are printed, not by those a title alone names it
// by.
func TestHeaderOccasion(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Special Briefing", true},
		{"Via Teleconference", true},
		{"Press Availability", true},
		{"A Call for Calm at the Dam", false},
		{"Briefing on the Aid Corridor", false},
		{"Interview Requests", false},
	}
	for _, tt := range tests {
		if got := headerOccasion(&Article{Header: []string{tt.line}}); got != tt.want {
			t.Errorf("headerOccasion(%q) = %v; want %v", tt.line, got, tt.want)
		}
		if !occasionRE.MatchString(tt.line) {
			t.Errorf("occasionRE misses %q in a title", tt.line)
		}
	}
}

// TestBriefingRoles gives a daily briefing's answerer the spokesperson's
// role when only a line before the turns says it is one ("From the Daily
// Press Briefing of …"); keeps the post the document gives over a rank
// in the label ("AMBASSADOR HALE" is the Special Envoy for Norland); and
// reads a post to its end past words of a region ("for Near Northern
// Affairs").
func TestBriefingRoles(t *testing.T) {
	a := transcriptOf(t, "Norland Digest - May 2, 2025", "2025-05-02",
		"Washington, DC\nMay 2, 2025\n\nThe Digest gives text from the briefing.\n\nFrom the Daily Press Briefing of May 2, 2025\n\n"+
			"QUESTION: Is there a date for the next round of the corridor talks?\n\nMR. HALE: Not yet, but both delegations are ready to meet.")
	for _, s := range ExtractTranscript(a) {
		if strings.Contains(s.Text, "both delegations") && !strings.Contains(s.SpeakerTitle, "spokesperson") {
			t.Errorf("%q said by %q, %q; want the spokesperson", s.Text, s.Speaker, s.SpeakerTitle)
		}
	}
	r := newLabelResolver(&Article{Title: "Special Briefing: Peter Hale, Special Envoy for Norland",
		Header: []string{"Nora Vale, Assistant Secretary of State for Near Northern Affairs"}}, nil, nil)
	for _, tt := range []struct{ label, name, title string }{
		{"AMBASSADOR HALE", "Peter Hale", "Special Envoy for Norland"},
		{"ASSISTANT SECRETARY VALE", "Nora Vale", "Assistant Secretary of State for Near Northern Affairs"},
	} {
		if got := r.resolve(tt.label); got.name != tt.name || got.title != tt.title {
			t.Errorf("resolve(%q) = %q, %q; want %q, %q", tt.label, got.name, got.title, tt.name, tt.title)
		}
	}
}

// TestDayTold reads the earlier day a sentence of a turn tells of.
func TestDayTold(t *testing.T) {
	for _, tt := range []struct{ sentence, want string }{
		{"The two envoys held meetings yesterday with both sides.", "2025-03-03"},
		{"During a call on Sunday, the minister reiterated our commitment to the corridor.", "2025-03-02"},
		{"As I said yesterday, the talks go on.", ""},
		{"As I told you, she spoke with the minister yesterday.", "2025-03-03"},
		{"The envoy will travel to Lisbon on Thursday.", ""},
		{"The talks go on in Lisbon.", ""},
	} {
		if got := DayTold(tt.sentence, "2025-03-04"); got != tt.want {
			t.Errorf("DayTold(%q) = %q; want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestLabelNamedInHeadline: a title in title case writes the verb after
// the name with a capital ("President Okoro Commends the Accord"); the
// verb is not part of the name the label resolves to.
func TestLabelNamedInHeadline(t *testing.T) {
	for _, title := range []string{
		"President Okoro Commends Corridor Peace Accord",
		"President Okoro Urges Calm in the North",
		"President Okoro Praises Negotiators",
		"President Okoro Condemns Attack on Monitors",
	} {
		a := &Article{Title: title, Outlet: "The White House"}
		r := newLabelResolver(a, []turn{{label: "THE PRESIDENT", paras: []string{"Good afternoon."}}}, nil)
		if got := r.resolve("THE PRESIDENT"); got.name != "Okoro" {
			t.Errorf("%q: THE PRESIDENT resolved to %q; want Okoro", title, got.name)
		}
	}
}

// TestOccasionPlace: a header's "City, Country" is where the words were
// said, though the country's name may also stand before a role ("Israel
// Defense Minister …"); "Name, Role" is no place.
func TestOccasionPlace(t *testing.T) {
	tests := []struct {
		header []string
		want   string
	}{
		{[]string{"Press Availability", "Ada Okafor", "Secretary of State", "Tel Aviv, Israel", "June 3, 2025"}, "press availability, Tel Aviv, Israel"},
		{[]string{"Press Availability", "Port Vell, Norland", "June 3, 2025"}, "press availability, Port Vell, Norland"},
		{[]string{"Press Availability", "Whitfield, Spokesperson", "June 3, 2025"}, "press availability"},
	}
	for _, tt := range tests {
		if got := occasion(&Article{Title: "Press Availability", Header: tt.header}); got != tt.want {
			t.Errorf("occasion(%q) = %q; want %q", tt.header, got, tt.want)
		}
	}
}

// TestWhiteHousePresident: "the President" speaking in a White House
// document is the President of the United States on its day, even when
// the corpus has another President of the same outlet a few weeks later.
func TestWhiteHousePresident(t *testing.T) {
	files := map[string]string{
		"statement.md": "---\ntitle: \"Statement by the President on the Harbour Talks\"\noutlet: \"The White House\"\npublished: 2014-03-11\n---\n" +
			"I welcome the news that the two harbour delegations will sit down together again in Washington this week.\n\n" +
			"We will help both delegations in every way we can for as long as the talks run.\n",
		"remarks.md": "---\ntitle: \"Remarks by the President Before a Meeting on the Harbour Truce\"\noutlet: \"The White House\"\npublished: 2016-12-20\n---\n" +
			"THE PRESIDENT:  Well, we discussed the harbour truce and the need to keep the crossings open.\n\n" +
			"Q    Will the truce hold through the winter?\n\n" +
			"THE PRESIDENT:  We are hopeful that it will hold, and that the talks resume next month.\n",
		"later.md": "---\ntitle: \"Remarks by President Trump Before a Meeting on the Harbour Truce\"\noutlet: \"The White House\"\npublished: 2017-02-10\n---\n" +
			"THE PRESIDENT:  We had a very good discussion about the harbour truce this morning.\n\n" +
			"Q    Will you meet the delegations?\n\n" +
			"THE PRESIDENT:  I will meet them soon, very soon, at the right time.\n",
	}
	c := loadFiles(t, files)
	want := map[string]string{"statement.md": "Barack Obama", "remarks.md": "Barack Obama", "later.md": "Trump"}
	seen := map[string]int{}
	for _, s := range c.Statements {
		f := filepath.Base(s.File)
		seen[f]++
		if !strings.Contains(s.Speaker, want[f]) || s.SpeakerTitle != "President" {
			t.Errorf("%s: %q said by %q (%q); want %s, President", f, s.Text, s.Speaker, s.SpeakerTitle, want[f])
		}
	}
	for f := range want {
		if seen[f] == 0 {
			t.Errorf("%s: no statements", f)
		}
	}
}

// TestDepartmentSecretary: "the Secretary" as the one speaking in a State
// Department document is the Secretary of State on its day, in a Defense
// Department document the Secretary of Defense; in another country's
// ministry's briefing, or on a day no one listed held the office, it
// stays "the Secretary".
func TestDepartmentSecretary(t *testing.T) {
	files := map[string]string{
		"state.md": "---\ntitle: \"Department Press Briefing\"\noutlet: \"U.S. Department of State\"\npublished: 2014-03-11\n---\n" +
			"On the harbour talks, the Secretary urged Foreign Minister Ostrova to reopen the northern crossing before the winter.\n\n" +
			"QUESTION: Will the crossing open this week?\n\nSPOKESPERSON: We expect an answer from them within days.\n",
		"embassy.md": "---\ntitle: \"Harbour Talks in the State Department Daily Press Briefing\"\noutlet: \"U.S. Embassy in Valdoria\"\npublished: 2022-06-03\n---\n" +
			"On the harbour talks, the Secretary urged Foreign Minister Ostrova to reopen the southern crossing before the winter.\n\n" +
			"QUESTION: Will the crossing open this week?\n\nSPOKESPERSON: We expect an answer from them within days.\n",
		"defense.md": "---\ntitle: \"Press Briefing in the Pentagon Briefing Room\"\noutlet: \"U.S. Department of Defense\"\npublished: 2014-07-21\n---\n" +
			"On the harbour talks, the Secretary urged Defence Minister Ostrova to keep the harbour crossing at eastern gate open for relief convoys.\n\n" +
			"QUESTION: Will the crossing open this week?\n\nSPOKESPERSON: We expect an answer from them within days.\n",
		"ministry.md": "---\ntitle: \"Briefing by the Ministry Spokesperson\"\noutlet: \"Valdorian Ministry of Foreign Affairs\"\npublished: 2014-03-12\n---\n" +
			"On the harbour talks, the Secretary urged Foreign Minister Ostrova to reopen the western crossing before the winter.\n\n" +
			"QUESTION: Will the crossing open this week?\n\nSPOKESPERSON: We expect an answer from them within days.\n",
		"gap.md": "---\ntitle: \"Department Press Briefing\"\noutlet: \"U.S. Department of State\"\npublished: 2017-01-25\n---\n" +
			"On the harbour talks, the Secretary urged Foreign Minister Ostrova to reopen the upper crossing before the winter.\n\n" +
			"QUESTION: Will the crossing open this week?\n\nSPOKESPERSON: We expect an answer from them within days.\n",
	}
	c := loadFiles(t, files)
	want := map[string]string{
		"state.md": "John Kerry", "embassy.md": "Antony Blinken", "defense.md": "Chuck Hagel",
		"ministry.md": "the Secretary", "gap.md": "the Secretary",
	}
	got := map[string]string{}
	for _, s := range c.Statements {
		if strings.Contains(s.Text, "Ostrova") {
			got[filepath.Base(s.File)] = s.Speaker
		}
	}
	for f, w := range want {
		if !strings.EqualFold(got[f], w) {
			t.Errorf("%s: the Secretary's words said by %q; want %q", f, got[f], w)
		}
	}
}

// loadFiles writes files (name → text) to a folder of their own and loads
// it; any file that does not load fails the test.
func loadFiles(t *testing.T, files map[string]string) *Corpus {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := Load(Options{}, dir)
	if err != nil || len(c.Errors) > 0 {
		t.Fatalf("load: %v %v", err, c.Errors)
	}
	return c
}

// TestOfficeHolder: the office a U.S. government document speaks of is
// its holder on the statement's day: "the President" in a White House or
// a department's document, "the Secretary" in a department's; in a news
// story or a foreign ministry's statement, or for another office, no one.
func TestOfficeHolder(t *testing.T) {
	tests := []struct {
		office, outlet, day string
		want                string
	}{
		{"the President", "U.S. Department of State", "2014-05-06", "Barack Obama"},
		{"President", "The White House", "1995-11-21", "Bill Clinton"},
		{"the Secretary", "U.S. Department of State", "2010-11-16", "Hillary Clinton"},
		{"The Secretary", "U.S. Department of Defense", "2014-07-21", "Chuck Hagel"},
		{"the Secretary", "The White House", "2014-07-21", ""},
		{"the President", "Harbour Wire", "2014-05-06", ""},
		{"the President", "Estrian Ministry of Foreign Affairs", "2014-05-06", ""},
		{"the Chairman", "U.S. Department of Defense", "2014-07-21", ""},
	}
	for _, tt := range tests {
		s := Statement{SaidOn: tt.day, Source: Source{Outlet: tt.outlet, Published: tt.day}}
		if got, _ := OfficeHolder(tt.office, s); !strings.Contains(got, tt.want) || (got == "") != (tt.want == "") {
			t.Errorf("OfficeHolder(%q) in %q on %s = %q; want %q", tt.office, tt.outlet, tt.day, got, tt.want)
		}
	}
}
