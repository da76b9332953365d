package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSpeech: press remarks or a speech printed without labels under a
// title naming the speaker are the speaker's words; a news story under a
// similar title, telling of the remarks in the third person, stays news.
func TestSpeech(t *testing.T) {
	tests := []struct {
		title, body, want string
	}{
		{"Council: Press remarks by High Representative Lena Varga upon arrival",
			"Good morning.\n\nWe will discuss the call for a humanitarian pause, which I support.\n\nThe most important thing is to get aid into the north, and we will press for it.", "Lena Varga"},
		{"PM remarks at press conference with Prime Minister of Estria: 5 March 2025",
			"Thank you, Prime Minister, and welcome.\n\nWe agreed today that the monitors will stay until the spring.", "the Prime Minister"},
		{"Remarks Following Meeting With Special Envoy Tomas Brell",
			"Lena Varga, Under Secretary for Political Affairs\nVell, Norland\nMarch 5, 2025\n\nGood afternoon. We fully support the work of the monitors and of the envoy.\n\nWe very much want an end to the violence and a return to the talks.", "Lena Varga"},
		{"Explanation of Vote Delivered by Ambassador Tomas Brell Following the Adoption of the Harbour Resolution",
			"Thank you, Madam President.\n\nWe voted for this text because it keeps the monitors in the port.\n\nI will not answer the insults we heard today.", "Tomas Brell"},
		// A mission's page: the title names the occasion, the header the
		// ambassador on one line and the role on the next.
		{"Explanation of Vote on the Harbour Truce Resolution",
			"Ambassador Tomas Brell\nDeputy Representative to the United Nations\nNew York, New York\nMarch 5, 2025\n\nThank you, Madam President. We voted for this text because it keeps the monitors in the port.\n\nI will not answer the insults we heard today.", "Tomas Brell"},
		{"Foreign Minister Lena Varga on the Violations of the Harbour Truce",
			"The attacks on the port these last days are simply unacceptable.\n\nSo we are talking about further steps. I am confident our partners will stand with us.\n\nMinister Holm and I also discussed the monitors.", "Lena Varga"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			a, err := ParseText("s.md", []byte("---\ntitle: \""+tt.title+"\"\npublished: 2025-03-05\n---\n"+tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if speechBy(a) == "" {
				t.Fatal("not read as a speech")
			}
			sts := ExtractSpeech(a)
			if len(sts) == 0 {
				t.Fatal("no statements")
			}
			for _, s := range sts {
				if s.Speaker != tt.want || s.Kind != Quote || s.SaidOn != "2025-03-05" {
					t.Errorf("%q: %s of %q on %q; want a quote of %q on 2025-03-05", s.Text, s.Kind, s.Speaker, s.SaidOn, tt.want)
				}
			}
		})
	}
	news, _ := ParseText("n.md", []byte("---\ntitle: Remarks by Varga on aid draw criticism in parliament\n---\n"+
		"The envoy's remarks on Monday drew sharp criticism.\n\n“It was a mistake,” one lawmaker said.\n\n“We expected more,” a diplomat said."))
	if speechBy(news) != "" {
		t.Errorf("a news story read as a speech of %q", speechBy(news))
	}
	// A name on a header line is no speaker without a role under it, nor
	// where the body tells of others in the third person.
	for _, body := range []string{
		"Ambassador Tomas Brell\nNew York, New York\nMarch 5, 2025\n\nWe voted for this text.\n\nI will not answer the insults.",
		"Ambassador Tomas Brell\nDeputy Representative to the United Nations\n\nThe council met on Monday.\n\n“We voted for it,” a diplomat said.",
	} {
		a, _ := ParseText("v.md", []byte("---\ntitle: Explanation of Vote on the Harbour Truce Resolution\n---\n"+body))
		if who := speechBy(a); who != "" {
			t.Errorf("%q read as a speech of %q", body, who)
		}
	}
	// A name and what they spoke on heads news too; without a title it
	// names no speech.
	headline, _ := ParseText("h.md", []byte("---\ntitle: Varga on the Harbour Truce\n---\n"+
		"We are talking about further steps, I am told.\n\nOur partners will stand with us, we hope."))
	if speechBy(headline) != "" {
		t.Errorf("a headline without a title read as a speech of %q", speechBy(headline))
	}
}

// TestPresidentOwnWords: a White House document titled only by its kind
// and occasion ("Statement on …", "Remarks at …"), as the President's
// papers are printed, is the President's own words, the President of its
// day, though it names another country's president; so is "Statement by
// the President …" whatever capitalised words follow "President" in the
// title. A press office's statement that speaks of "the President",
// another government's statement, and remarks with a reporter's turns are
// not read so.
func TestPresidentOwnWords(t *testing.T) {
	head := func(title, outlet, day string) string {
		return "---\ntitle: \"" + title + "\"\noutlet: \"" + outlet + "\"\npublished: " + day + "\n---\n"
	}
	files := map[string]string{
		"statement.md": head("Statement on the Harbour Accord", "The White House", "2014-05-06") +
			"Today in Vell, the two harbour delegations signed an accord to open the northern crossing.\n\n" +
			"I commend President Ilic of Estria for her patience, and I thank our envoy for months of quiet work.\n\n" +
			"The United States will help both sides keep the crossing open.\n",
		"remarks.md": head("Remarks at the Signing Ceremony for the Harbour Accord", "The White House (Public Papers of the Presidents)", "1996-09-10") +
			"The President. Thank you all. Today we gather to see two old rivals put down their quarrel over the harbour.\n\n" +
			"We remember those who began this work, and we honour the crews who kept the port running through the winter.\n",
		"by.md": head("Statement by the President Regarding the Harbour Monitors", "The White House (Office of the Press Secretary)", "2019-03-02") +
			"I am pleased that President Ilic has agreed to let the monitors stay in the port until the spring.\n\n" +
			"Her decision will save the accord, and we will support the monitors in every way we can.\n",
		"office.md": head("Statement on the Harbour Monitors", "The White House", "2014-06-02") +
			"The President welcomes the decision to let the monitors stay in the port.\n\n" +
			"We call on both sides to keep the northern crossing open through the summer.\n",
		"ministry.md": head("Statement on the Harbour Monitors", "Estrian Ministry of Foreign Affairs", "2014-06-03") +
			"I welcome the decision to let the monitors stay in the port until the autumn.\n\n" +
			"We call on our neighbours to keep the southern crossing open through the summer.\n",
		"asked.md": head("Remarks on the Harbour Truce and an Exchange With Reporters", "The White House", "2014-06-04") +
			"The President. Good afternoon. I spoke this morning with both delegations about the harbour truce.\n\n" +
			"Q. Will the truce hold through the summer, sir?\n\n" +
			"The President. I believe it will, if both sides keep their word on the crossings.\n",
	}
	c := loadFiles(t, files)
	want := map[string]string{"statement.md": "Barack Obama", "remarks.md": "Bill Clinton", "by.md": "Donald Trump"}
	seen := map[string]int{}
	for _, s := range c.Statements {
		f := filepath.Base(s.File)
		seen[f]++
		if w, ok := want[f]; ok {
			if s.Speaker != w || s.SpeakerTitle != "President" || s.Kind != Quote && f != "by.md" {
				t.Errorf("%s: %q is a %s of %q (%q); want %s's words, President", f, s.Text, s.Kind, s.Speaker, s.SpeakerTitle, w)
			}
			if strings.HasPrefix(s.Text, "The President") {
				t.Errorf("%s: %q keeps the label", f, s.Text)
			}
			continue
		}
		if strings.Contains(s.Speaker, "Obama") || strings.Contains(s.Text, "summer, sir") && s.SpeakerTitle == "President" {
			t.Errorf("%s: %q said by %q (%q); not the President's own words", f, s.Text, s.Speaker, s.SpeakerTitle)
		}
	}
	for f := range files {
		if seen[f] == 0 {
			t.Errorf("%s: no statements", f)
		}
	}
}
