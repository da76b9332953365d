package corpus

import (
	"strings"
	"testing"
)

// TestSlashInitialsLabel: an archive's label with an office's initials
// and a slash ("A/S VALE:", "U/S ROWE:") is a speaker's label, the
// initials read as the office, the name from the header line above.
func TestSlashInitialsLabel(t *testing.T) {
	tests := []struct{ label, name, title string }{
		{"A/S VALE: We have had a long day, and a good one.", "Nora Vale", "Assistant Secretary"},
		{"U/S ROWE: Thank you all for waiting in the cold.", "Ivo Rowe", "Under Secretary"},
	}
	for _, tt := range tests {
		lab, _, ok := label(tt.label)
		if !ok || !knownShape(lab) {
			t.Fatalf("label(%q) = %q, %v; want a speaker's label", tt.label, lab, ok)
		}
		r := newLabelResolver(&Article{Title: "Talks in Port Vell", Header: []string{"Nora Vale, Assistant Secretary for Northern Affairs", "Ivo Rowe, Under Secretary for Political Affairs"}}, nil, nil)
		got := r.resolve(lab)
		if got.name != tt.name || !strings.HasPrefix(got.title, tt.title) {
			t.Errorf("resolve(%q) = %q, %q; want %q, %q", lab, got.name, got.title, tt.name, tt.title)
		}
	}
	// An "and/or" in a sentence is no label.
	if lab, _, ok := label("AND/OR THE TALKS: a heading"); ok && knownShape(lab) {
		t.Errorf("label read %q as a speaker's", lab)
	}
}

// TestOneTurnUnderHeaderName: the opening of remarks whose one turn is
// labelled with the speaker's title and surname, in capitals ("A/S VALE:")
// or in ordinary case ("Assistant Secretary Vale:"), under header lines
// that name them, is the speaker's; a news story whose paragraph opens
// with a title, a name and a colon stays news.
func TestOneTurnUnderHeaderName(t *testing.T) {
	for _, lab := range []string{"A/S VALE:", "Assistant Secretary Vale:"} {
		a, err := ParseText("t.md", []byte("---\ntitle: Remarks at the End of the Second Day of the Harbour Talks\noutlet: U.S. Department of State\npublished: 2025-11-10\n---\n"+
			"You are in: Bureau of Northern Affairs > Releases > Remarks > 2025\n\nRemarks at the End of the Second Day of the Harbour Talks\n\n"+
			"Nora Vale, Assistant Secretary for Northern Affairs\n\nPort Vell, Norland\n\nNovember 10, 2025\n\n"+
			lab+" Good evening. We just finished the second day, and the hosts gave a dinner for the delegations. "+
			"I expect the hosts to issue a chair's statement tomorrow that sums up where we are.\n\n"+
			"There were a good many ideas on the table today, and we will meet again at ten."))
		if err != nil {
			t.Fatal(err)
		}
		if !isTranscript(a) {
			t.Fatalf("%s: not read as a transcript", lab)
		}
		for _, s := range holding(t, ExtractTranscript(a), "chair's statement") {
			if s.Speaker != "Nora Vale" {
				t.Errorf("%s: %q said by %q; want Nora Vale", lab, s.Text, s.Speaker)
			}
		}
	}
	news, err := ParseText("n.md", []byte("---\ntitle: Harbour talks go into a third day\noutlet: Harbour Wire\npublished: 2025-11-10\n---\n"+
		"Secretary Vale: the name on every list in Port Vell this week, and the talks went on late into the night, officials said.\n\n"+
		"The delegations are to meet again on Friday, a spokesman for the hosts said."))
	if err != nil {
		t.Fatal(err)
	}
	if isTranscript(news) {
		t.Error("a news story that opens with a title, a name and a colon read as a transcript")
	}
}

// TestStatementTitleAsKind: an institution's statement that gives its
// title where the kind would be, then the issuer's name and role on lines
// of their own, is the issuer's; a news page with a byline is not.
func TestStatementTitleAsKind(t *testing.T) {
	body := "Call for a Pause in the Northern Fighting\n\nAna Ruiz\n\nActing Department Spokesman, Office of the Spokesman\n\nWashington, DC\n\nApril 16, 2025\n\n" +
		"The United States is deeply concerned about the civilians caught in the fighting near the river crossings.\n\n" +
		"Both sides must return at once to a humanitarian pause and let the families leave."
	a, err := ParseText("t.md", []byte("---\ntitle: Call for a Pause in the Northern Fighting\noutlet: U.S. Department of State\npublished: 2025-04-16\n---\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if readoutKind(a) != "statement" {
		t.Fatalf("readoutKind = %q; want statement", readoutKind(a))
	}
	for _, s := range holding(t, ExtractReadout(a), "humanitarian pause") {
		if s.Speaker != "Ana Ruiz" || !strings.Contains(s.SpeakerTitle, "Spokesman") {
			t.Errorf("%q said by %q, %q; want Ana Ruiz, Acting Department Spokesman", s.Text, s.Speaker, s.SpeakerTitle)
		}
	}
	news, err := ParseText("n.md", []byte("---\ntitle: Call for a Pause in the Northern Fighting\noutlet: Harbour Wire\npublished: 2025-04-16\n---\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if readoutKind(news) != "" {
		t.Errorf("a wire's page read as a statement: %q", readoutKind(news))
	}
}

// TestPressOfficeStatement: a White House statement titled by its subject
// alone, under the press office's line, in the institution's "we", is
// the White House's, not its first sentence's subject's nor its title's
// first word's; one in the President's own "I" stays his.
func TestPressOfficeStatement(t *testing.T) {
	head := "---\ntitle: Statement on the Fighting in Norland\noutlet: The White House\npublished: 2025-04-24\n---\nOffice of the Press Secretary\n\nFor immediate release April 24, 2025\n\nStatement on the Fighting in Norland\n\n"
	a, err := ParseText("t.md", []byte(head+"The United States is deeply concerned about the civilians caught in the fighting.\n\n"+
		"We call on both sides to stop fighting and let the families leave the river towns."))
	if err != nil {
		t.Fatal(err)
	}
	if readoutKind(a) != "statement" {
		t.Fatalf("readoutKind = %q; want statement", readoutKind(a))
	}
	for _, s := range holding(t, ExtractReadout(a), "stop fighting") {
		if s.Speaker != "the White House" {
			t.Errorf("%q said by %q; want the White House", s.Text, s.Speaker)
		}
	}
	own, err := ParseText("o.md", []byte(head+"I welcome the pause in the fighting in Norland.\n\nI call on both sides to let the families leave the river towns."))
	if err != nil {
		t.Fatal(err)
	}
	if pressOfficeStatement(own) {
		t.Error("the President's own statement read as the press office's")
	}
}

// TestBroadcastScript: a broadcaster's script ("SLUG:", "HEADLINE:",
// "INTRO:", "TEXT:", a cue "/// RUIZ ACT ///" before a recording) is
// read as news: its fields are no speakers, the cue no one's words, and
// the recording after a line that introduces it is the one introduced; the
// line naming where the correspondent reports from is no one's words.
func TestBroadcastScript(t *testing.T) {
	a, err := ParseText("t.md", []byte("---\ntitle: Okoro to Attend Signing of Harbour Accord\noutlet: Harbour Radio\npublished: 2025-01-06\n---\n"+
		"SLUG: 2-300100 Okoro / Harbour (L-only)\n\nHEADLINE: Okoro to Attend Signing of Harbour Accord\n\n"+
		"INTRO: Foreign Minister Ama Okoro will attend the signing of the harbour accord on Sunday. Harbour Radio's Ivo Marsh reports from the ministry.\n\n"+
		"TEXT: Officials say the visit is meant to show support for the accord.\n\n"+
		"At a briefing here, Deputy Spokesman Tomas Ruiz called the accord a \"turning point\" in the search for peace.\n\n"+
		"He said the visit would tell all sides the value of settling the rest by talks:\n\n"+
		"/// RUIZ ACT ///\n\n"+
		"\"What it means for the future depends on the parties, and on what they do about the fighting in the north.\"\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if isTranscript(a) {
		t.Fatal("a broadcaster's script read as a transcript")
	}
	for _, p := range a.Paragraphs {
		if strings.HasPrefix(p, "INTRO:") || strings.HasPrefix(p, "TEXT:") || strings.Contains(p, "///") {
			t.Errorf("paragraph kept a script's field or cue: %q", p)
		}
	}
	sts := Extract(a)
	for _, s := range sts {
		if w := strings.ToUpper(s.Speaker); w == "TEXT" || w == "INTRO" || w == "SLUG" || w == "HEADLINE" {
			t.Errorf("%q said by the field %q", s.Text, s.Speaker)
		}
	}
	for _, s := range sts {
		if s.Speaker == "Ivo Marsh" {
			t.Errorf("a correspondent's line read as his words: %q", s.Text)
		}
	}
	for _, s := range holding(t, sts, "depends on the parties") {
		if s.Speaker != "Tomas Ruiz" {
			t.Errorf("%q said by %q; want Tomas Ruiz", s.Text, s.Speaker)
		}
	}
}

// TestGluedLabel: remarks whose label was run onto a photo caption's last
// sentence with no space ("… Sunday, January 9.SECRETARY OKORO: Friends,
// …") are the speaker's from the label on; a capital after a sentence's
// end in news ("… in 2005.The talks …") cuts nothing.
func TestGluedLabel(t *testing.T) {
	a, err := ParseText("t.md", []byte("---\ntitle: Remarks at the Signing Ceremony of the Harbour Accord\noutlet: Ministry of Foreign Affairs\npublished: 2025-01-09\n---\n"+
		"Foreign Minister Ama Okoro\n\nPort Vell\n\nJanuary 9, 2025\n\n"+
		"Minister Okoro signs the accord as a witness at the stadium, Sunday, January 9.MINISTER OKORO: Friends, I am honored to be here today to witness the signing. "+
		"Today we declare an end to that war and the beginning of a peace.\n\n"+
		"These were hard negotiations, and many made great contributions."))
	if err != nil {
		t.Fatal(err)
	}
	if !isTranscript(a) {
		t.Fatalf("not read as remarks: %q", a.Paragraphs)
	}
	for _, s := range holding(t, ExtractTranscript(a), "end to that war") {
		if s.Speaker != "Ama Okoro" {
			t.Errorf("%q said by %q; want Ama Okoro", s.Text, s.Speaker)
		}
	}
	if got := splitInlineTurns([]string{"The talks began in 2005.The delegations met again in March, officials said."}); len(got) != 1 {
		t.Errorf("news cut at a capital after a sentence's end: %q", got)
	}
}

// TestStatementByIsItsAuthor: a quotation closed by "a statement by NAME
// said", with the statement's day between ("a December 5 statement by
// deputy spokesman NAME said"), is NAME's, as one closed by "a statement
// from NAME said" was; a government news service's "Following is the
// text of NAME's statement:" hands over to NAME's words until "(end
// text)".
func TestStatementByIsItsAuthor(t *testing.T) {
	for _, by := range []string{"a statement by Tomas Ruiz said", "a December 5 statement by State Department deputy spokesman Tomas Ruiz said", "a statement by the ministry said"} {
		a, err := ParseText("t.md", []byte("---\ntitle: Concern over the Norland truce\noutlet: Harbour Wire\npublished: 2025-12-06\n---\n"+
			"The United States is concerned about violations of the Norland truce.\n\n"+
			"\"We call on both sides to take immediate action to prevent violence,\" "+by+".\n\n"+
			"Following is the text of Ruiz's statement:\n\n(begin text)\n\nWe condemn the attack on the army convoy in the north.\n\n(end text)\n\n"+
			"The truce was signed in 2019."))
		if err != nil {
			t.Fatal(err)
		}
		want := "Tomas Ruiz"
		if strings.Contains(by, "ministry") {
			want = "the ministry"
		}
		sts := Extract(a)
		for _, s := range holding(t, sts, "immediate action") {
			if s.Speaker != want {
				t.Errorf("%s: %q said by %q; want %q", by, s.Text, s.Speaker, want)
			}
		}
		if want != "Tomas Ruiz" {
			continue
		}
		for _, s := range holding(t, sts, "army convoy") {
			if s.Speaker != want {
				t.Errorf("%q said by %q; want %q", s.Text, s.Speaker, want)
			}
		}
		for _, s := range holding(t, sts, "signed in 2019") {
			if s.Speaker != "" {
				t.Errorf("%q, after the text ended, said by %q", s.Text, s.Speaker)
			}
		}
	}
}
