package corpus

import (
	"strings"
	"testing"
)

// TestReadoutTitles reads a government's plain title for a call or
// meeting ("PM call with …: date") as a readout whose actor is the office
// it names, and leaves a news headline about a call alone.
func TestReadoutTitles(t *testing.T) {
	body := "The Prime Minister spoke to President Okoro of Estria this evening.\n\n" +
		"President Okoro congratulated the Prime Minister on the harbour agreement.\n\n" +
		"The leaders discussed the ceasefire in the north and the exchange of prisoners.\n\n" +
		"The PM said the monitors would stay until the spring."
	tests := []struct {
		title string
		kind  string
		who   map[string]string // words of a sentence → speaker
	}{
		{"PM call with President Okoro: 11 May 2025", "readout", map[string]string{
			"spoke to President Okoro": "the Prime Minister", "congratulated the Prime Minister": "Okoro",
			"leaders discussed": "the Prime Minister", "monitors would stay": "the Prime Minister"}},
		{"Press release: Foreign Secretary meeting with Foreign Minister Ilic", "readout", nil},
		{"PM call with Okoro sparks anger in parliament", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			a, err := ParseText("t.md", []byte("---\ntitle: \""+tt.title+"\"\noutlet: Prime Minister's Office\npublished: 2025-05-11\n---\n"+body))
			if err != nil {
				t.Fatal(err)
			}
			if got := readoutKind(a); got != tt.kind {
				t.Fatalf("readoutKind = %q; want %q", got, tt.kind)
			}
			if tt.who == nil {
				return
			}
			sts := ExtractReadout(a)
			for words, want := range tt.who {
				for _, s := range holding(t, sts, words) {
					if !strings.Contains(s.Speaker, want) || s.SaidOn != "2025-05-11" {
						t.Errorf("%q: said by %q on %q; want %q on 2025-05-11", s.Text, s.Speaker, s.SaidOn, want)
					}
				}
			}
		})
	}
}

// TestMeetsWithReadout: "Okoro Meets with …" is a readout when the
// institution issues it or it opens with its attribution ("As stated by
// Spokesperson …:"), whose sentences are the actor's; the same headline
// over a news story stays news.
func TestMeetsWithReadout(t *testing.T) {
	body := "As stated by Spokesperson Dana Whitfield:  Secretary of State Ana Okoro met with Prime Minister Tomas Ilic in Lisbon to discuss the corridor talks.  " +
		"The Secretary reiterated the U.S. support for the monitors in the north.\n\n"
	a, err := ParseText("t.md", []byte("---\ntitle: Okoro Meets with Norland Prime Minister Ilic\noutlet: Harbour Wire\npublished: 2025-06-02\n---\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if readoutKind(a) != "readout" {
		t.Fatal("not read as a readout")
	}
	for _, s := range ExtractReadout(a) {
		want := "Ana Okoro"
		if strings.Contains(s.Text, "attributable") {
			want = "Dana Whitfield"
		}
		if s.Speaker != want {
			t.Errorf("%q given to %q; want %q", s.Text, s.Speaker, want)
		}
	}
	news, _ := ParseText("n.md", []byte("---\ntitle: Okoro Meets with Norland Prime Minister Ilic\noutlet: Harbour Wire\n---\n"+
		"The two met for an hour in Lisbon, aides said.\n\nNo agreement was announced."))
	if k := readoutKind(news); k != "" {
		t.Errorf("a news story under the same headline read as %q", k)
	}
}

// TestStatementForms: the statements of international bodies and
// ministries name whose words they hold in their title ("Statement
// attributable to the Spokesperson for the Secretary-General on …",
// "Foreign Secretary's statement on …") or in an opening line ("The
// following statement was issued today by the Spokesperson for UN
// Secretary-General Name:", "Foreign Secretary Name said:"); a news story
// quoting someone after "Name said:" stays news.
func TestStatementForms(t *testing.T) {
	tests := []struct {
		title, outlet, body, want string
	}{
		{"Statement attributable to the Spokesperson for the Secretary-General on the situation in Estria", "United Nations",
			"The Secretary-General welcomes the truce announced today in Estria.\n\nHe urges all sides to keep to it.", "the Secretary-General"},
		{"Secretary-General welcomes truce in Estria", "United Nations",
			"The following statement was issued today by the Spokesperson for UN Secretary-General Lena Varga:\n\nThe Secretary-General welcomes the truce announced today in Estria.\n\nShe urges all sides to keep to it.", "Lena Varga"},
		{"Foreign Secretary's statement on the Estria truce", "Foreign Office",
			"The Foreign Secretary has given a statement on the truce.\n\nForeign Secretary Tomas Hale said:\n\nThis truce is a crucial step for the families in the north.\n\nI urge all parties to keep to it.", "Tomas Hale"},
		// The statement's own heading among the header lines, under a page
		// title that is its subject, or that gathers several statements.
		{"Norland's Withdrawal from the Corridor Initiative", "Department of State",
			"STATEMENT BY SECRETARY ADA N. OKAFOR\n\nApril 2, 2025\n\nNorland's Withdrawal from the Corridor Initiative\n\nThe United States regrets Norland's decision to leave the truce talks.\n\nWe urge Norland to keep to it.", "Ada Okafor"},
		{"Statements from the President and the Secretary on the Corridor Deal", "U.S. Embassy in Estria",
			"April 2, 2025\n\nStatement from President Samuel Okoro on the Corridor Deal\n\nI welcome the truce agreed today on the corridor, which began with the assault on March 3rd.\n\nI urge every party to keep to it.", "Samuel Okoro"},
		// The kind of statement on a line of its own, the issuer on the
		// next, then the place and the day.
		{"Norland: Anniversary of the Corridor Truce", "Department of State",
			"Press Statement\nAda Okafor, Deputy Spokesperson\nWashington, DC\nApril 2, 2025\n\nOne year ago, the corridor truce ended a long war.\n\nWe urge every party to keep to it.", "Ada Okafor"},
		// The name and the role each on a line of their own, the place's
		// comma not read as the role's.
		{"Renewal of the Corridor Truce", "Department of State",
			"Press Statement\nTomas Hale\nSecretary of State\nWashington, DC\nApril 2, 2025\n\nThe United States welcomes the renewal of the corridor truce.\n\nWe urge every party to keep to it.", "Tomas Hale"},
		// A statement read out by the one its opening line names.
		{"US Statement on the Corridor Talks", "U.S. Mission to the Council",
			"April 2, 2025\n\nAs delivered by Deputy Political Counselor Iva Roe to the Permanent Council, Vienna\n\nThe United States supports the truce on the corridor.\n\nWe urge the sides to keep to it.", "Iva Roe"},
		// Read out by a chargé d’affaires, the title accented and the
		// line running on to the place and the day.
		{"Corridor Dialogue Agreement", "U.S. Mission to the Council",
			"As delivered by Chargé d’Affaires Iva Roe\nto the Permanent Council, Vienna\nApril 2, 2025\n\nThe United States supports the truce on the corridor.\n\nWe urge the sides to keep to it.", "Iva Roe"},
		// A sentence that repeats another's words is theirs, on their day.
		{"Corridor Talks Agreement", "U.S. Mission to the Council",
			"As delivered by Deputy Political Counselor Iva Roe to the Permanent Council, Vienna\n\nThe United States supports the truce on the corridor.\n\nAs Secretary Ada Okafor stated on March 30, this deal required courage from both sides, and we urge the sides to keep to it.", "Iva Roe"},
		// Signed at its end by its author, under a title that names only
		// its subject, as an archive of a president's papers keeps them.
		{"Statement on the Corridor Cease-Fire Agreement", "The White House",
			"Today in Lisbon, Norland and Estria signed a truce.\n\nI commend the mediators, and I urge both sides to keep to it.\n\nSamuel T. Okoro", "Samuel Okoro"},
		{"Return of the Opposition Delegates", "Department of State",
			"Press Statement\n\nLena Varga\n\nSpokesperson, Bureau of Public Affairs\n\nWashington, DC\nApril 2, 2025\n\nThe United States welcomes the truce between the two delegations.\n\nWe urge both to keep to it.", "Lena Varga"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			a, err := ParseText("s.md", []byte("---\ntitle: \""+tt.title+"\"\noutlet: "+tt.outlet+"\npublished: 2025-04-02\n---\n"+tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if k := readoutKind(a); k != "statement" {
				t.Fatalf("readoutKind = %q; want statement", k)
			}
			n := 0
			for _, s := range ExtractReadout(a) {
				if (strings.Contains(s.Text, "truce") || strings.Contains(s.Text, "keep to it")) && !strings.Contains(s.Text, "required courage") {
					n++
					if s.Speaker != tt.want {
						t.Errorf("%q given to %q; want %q", s.Text, s.Speaker, tt.want)
					}
					if s.SaidOn != "2025-04-02" {
						t.Errorf("%q said on %q; want the statement's day, 2025-04-02", s.Text, s.SaidOn)
					}
				}
			}
			if n == 0 {
				t.Error("no statements")
			}
			for _, s := range ExtractReadout(a) {
				if strings.Contains(s.Text, "required courage") && (s.Speaker != "Ada Okafor" || s.SaidOn != "2025-03-30" || strings.HasPrefix(s.Text, "As ")) {
					t.Errorf("%q given to %q on %q; want Ada Okafor's words of 2025-03-30", s.Text, s.Speaker, s.SaidOn)
				}
			}
		})
	}
	// A story that ends on a name, and a statement whose last line is no
	// one's name, are not signed.
	for _, doc := range []string{
		"title: Truce holds in the corridor\noutlet: Harbour Wire\n---\nThe truce held overnight.\n\nResidents returned to the market.\n\nSamuel T. Okoro",
		"title: Statement on the Corridor Truce\noutlet: Harbour Wire\n---\nThe truce held overnight.\n\nWe urge both sides to keep to it.\n\nThank You",
	} {
		a, _ := ParseText("u.md", []byte("---\n"+doc))
		if who := signer(a); who != "" {
			t.Errorf("%q read as signed by %q", a.Title, who)
		}
	}
	news, _ := ParseText("n.md", []byte("---\ntitle: Okoro statement on truce draws criticism\noutlet: Harbour Wire\n---\n"+
		"The envoy defended the truce on Monday.\n\nOkoro said:\n\nIt is the best we could get.\n\nCritics in parliament disagreed."))
	if k := readoutKind(news); k != "" {
		t.Errorf("a news story read as %q", k)
	}
}

// TestReadoutCallDay: "spoke by phone on May 10" in a readout put up the
// next day is the day of the call, also after a counterpart's long style
// ("spoke with … His Royal Highness Prince … on May 10").
func TestReadoutCallDay(t *testing.T) {
	for _, first := range []string{
		"Secretary Okoro spoke by phone on May 10 with Minister Ilic.",
		"Secretary of Defense Ama Okoro spoke with Norland Minister of Defense, His Royal Highness Prince Tomas bin Hale on May 10 to offer congratulations on his appointment.",
	} {
		a, err := ParseText("r.md", []byte("---\ntitle: Readout of Secretary Okoro's Call With Minister Ilic\npublished: 2025-05-11\n---\n"+
			first+"\n\nSecretary Okoro reaffirmed support for the truce."))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ExtractReadout(a) {
			if s.SaidOn != "2025-05-10" {
				t.Errorf("%q said on %q; want 2025-05-10", s.Text, s.SaidOn)
			}
		}
	}
}

// TestCallTitleForms: the other ways ministries and presidencies title a
// call: "Name Holds Phone Talks with …", "Name Receives Phone Call from
// …", "Telephone conversation with …" (the first sentence names who held
// it).
func TestCallTitleForms(t *testing.T) {
	tests := []struct{ title, outlet, body, want string }{
		{"Lin Qiao Holds Phone Talks with Estrian Foreign Minister Tomas Hale", "Ministry of Foreign Affairs",
			"On May 2, Foreign Minister Lin Qiao held a phone call with Estrian Foreign Minister Tomas Hale.\n\nLin Qiao said the truce must hold.", "Lin Qiao"},
		{"Prime Minister Receives Phone Call from Estrian President", "Office of the Prime Minister",
			"Prime Minister Ana Ilic received a phone call today from President Samuel Okoro of Estria.\n\nThe Prime Minister stressed the need to open the corridor.", "Ana Ilic"},
		{"Telephone conversation with President of Estria Samuel Okoro", "Presidential Office",
			"Ivo Marsh had a telephone conversation with President of Estria Samuel Okoro.\n\nThe two leaders discussed the truce in the north.", "Ivo Marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			a, err := ParseText("r.md", []byte("---\ntitle: "+tt.title+"\noutlet: "+tt.outlet+"\npublished: 2025-05-02\n---\n"+tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if k := readoutKind(a); k != "readout" {
				t.Fatalf("readoutKind = %q; want readout", k)
			}
			sts := ExtractReadout(a)
			if len(sts) == 0 {
				t.Fatal("no statements")
			}
			for _, s := range sts {
				if s.Speaker != tt.want {
					t.Errorf("%q given to %q; want %q", s.Text, s.Speaker, tt.want)
				}
			}
		})
	}
}

// TestStatementIssuerRole: the issuer's role is read from its own line,
// without the bureau after its comma; a header whose lines name an office
// and a place names no one.
func TestStatementIssuerRole(t *testing.T) {
	tests := []struct {
		header     string
		want, role string
	}{
		{"Press Statement\nTomas Hale\nSecretary of State\nWashington, DC\nApril 2, 2025", "Tomas Hale", "Secretary of State"},
		{"Press Statement\n\nLena Varga\n\nSpokesperson, Bureau of Public Affairs\n\nWashington, DC\nApril 2, 2025", "Lena Varga", "Spokesperson"},
	}
	a, err := ParseText("s.md", []byte("---\ntitle: \"Estria Talks\"\noutlet: Department of State\npublished: 2025-04-02\n---\nMedia Note\n\nOffice of the Spokesperson\n\nWashington, DC\n\nApril 2, 2025\n\nThe talks on the corridor resumed in the capital."))
	if err != nil {
		t.Fatal(err)
	}
	if iss, ok := headerIssuer(a); ok {
		t.Errorf("an office and a place read as the issuer %q", iss)
	}
	for _, tt := range tests {
		a, err := ParseText("s.md", []byte("---\ntitle: \"Estria Talks\"\noutlet: Department of State\npublished: 2025-04-02\n---\n"+tt.header+"\n\nThe talks on the corridor resumed in the capital.\n\nWe urge both sides to keep going."))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ExtractReadout(a) {
			if s.Speaker != tt.want || s.SpeakerTitle != tt.role {
				t.Errorf("%q: %q given to %q (%q); want %q (%q)", tt.header, s.Text, s.Speaker, s.SpeakerTitle, tt.want, tt.role)
			}
		}
	}
}

// TestStatementDayBefore: a statement's sentence about what happened the
// day before is of that day; a readout's sentences all keep the day of the
// call.
func TestStatementDayBefore(t *testing.T) {
	tests := []struct {
		title, body, want string
	}{
		{"Return of the Opposition Delegates", "Press Statement\nLena Varga, Spokesperson\nWashington, DC\nApril 2, 2025\n\nWe are glad the opposition delegates came back to the capital yesterday.", "2025-04-01"},
		{"Readout of the Secretary's Call with Foreign Minister Hale", "Secretary Okafor spoke today with Foreign Minister Hale.\n\nThe Secretary noted the news of a group of detainees freed yesterday.", "2025-04-02"},
	}
	for _, tt := range tests {
		a, err := ParseText("s.md", []byte("---\ntitle: \""+tt.title+"\"\noutlet: Department of State\npublished: 2025-04-02\n---\n"+tt.body))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range ExtractReadout(a) {
			if strings.Contains(s.Text, "yesterday") {
				n++
				if s.SaidOn != tt.want {
					t.Errorf("%q said on %q; want %q", s.Text, s.SaidOn, tt.want)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no statement", tt.title)
		}
	}
}
