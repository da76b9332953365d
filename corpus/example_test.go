package corpus_test

import (
	"fmt"
	"time"

	"github.com/talkbot/talkbot/corpus"
)

func ExampleExtract() {
	a := &corpus.Article{
		File:      "example.md",
		Title:     "Talks resume in Cairo",
		Outlet:    "Wire",
		Published: time.Date(2024, 9, 25, 0, 0, 0, 0, time.UTC), // a Wednesday
		Paragraphs: []string{
			"Secretary of State Antony Blinken said Monday that a deal was within reach.",
			"“But it’s possible,” he told NBC News, “and we are working on it.”",
		},
	}
	for _, s := range corpus.Extract(a) {
		fmt.Printf("%s | %s (%s) | %s | %s | %s\n", s.Kind, s.Speaker, s.SpeakerTitle, s.SaidOn, s.Where, s.Text)
	}
	// Output:
	// fact | Antony Blinken (Secretary of State) | 2024-09-23 |  | a deal was within reach
	// quote | Antony Blinken (Secretary of State) | 2024-09-23 | NBC News | But it’s possible, and we are working on it.
}

func ExampleParseText() {
	data := []byte("---\ntitle: Envoy heads to Doha\noutlet: Wire\npublished: 2024-11-20\ntopics: [Gaza]\n---\n\nThe envoy will travel on Thursday, officials said.\n")
	a, err := corpus.ParseText("envoy.md", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Outlet, "|", a.Published.Format("2006-01-02"), "|", len(a.Paragraphs), "paragraph")
	// Output: Envoy heads to Doha | Wire | 2024-11-20 | 1 paragraph
}

func ExampleExtractTranscript() {
	a := &corpus.Article{
		File:      "briefing.md",
		Title:     "Department Press Briefing – Dana Whitfield, Spokesperson",
		Outlet:    "Ministry of Foreign Affairs",
		Published: time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC),
		Paragraphs: []string{
			"QUESTION: Will the delegations meet face to face this week?",
			"MS WHITFIELD: We have not seen that yet. The mediators have asked for written proposals first.",
		},
	}
	for _, s := range corpus.ExtractTranscript(a) {
		fmt.Printf("%s | %s (%s) | %s | %s | %s\nasked: %s\n", s.Kind, s.Speaker, s.SpeakerTitle, s.Mention, s.SaidOn, s.Text, s.Question)
	}
	// Output:
	// quote | Dana Whitfield (Spokesperson) | MS WHITFIELD | 2025-02-11 | We have not seen that yet. The mediators have asked for written proposals first.
	// asked: Will the delegations meet face to face this week?
}

func ExampleExtractReadout() {
	a := &corpus.Article{
		File:      "readout.md",
		Title:     "Readout of Secretary Okafor's Call with Foreign Minister Lindqvist",
		Published: time.Date(2025, 5, 7, 0, 0, 0, 0, time.UTC),
		Paragraphs: []string{
			"Secretary of State Adaeze N. Okafor Jr. spoke today with Foreign Minister Erik Lindqvist about the corridor talks.",
			"Foreign Minister Lindqvist described the steps taken to reopen the northern crossing.",
		},
	}
	for _, s := range corpus.ExtractReadout(a) {
		fmt.Printf("%s | %s (%s) | %s\n", s.Kind, s.Speaker, s.SpeakerTitle, s.SaidOn)
	}
	// Output:
	// fact | Adaeze Okafor (Secretary of State) | 2025-05-07
	// fact | Erik Lindqvist (Foreign Minister) | 2025-05-07
}
