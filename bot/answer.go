package bot

import "github.com/talkbot/talkbot/corpus"

// Intent is what a question asks for.
type Intent string

// Intents the bot understands.
const (
	WhoSaid  Intent = "who_said"
	WhatSaid Intent = "what_said"
	When     Intent = "when"
	Status   Intent = "status"
	Timeline Intent = "timeline"
	Quotes   Intent = "quotes"
	Sources  Intent = "sources"
	WhoIs    Intent = "who_is"
	Fact     Intent = "fact"
	Help     Intent = "help"
	None     Intent = "none"
)

// ForAsker reports whether adapters should show a only to the asker where
// the platform can: help, errors, "I don't know" to a question, and answers
// the channel's settings keep private.
func (a Answer) ForAsker() bool {
	if a.Error || a.Intent == Help || a.Private {
		return true
	}
	switch a.Intent {
	case WhoSaid, WhatSaid, When, Status, Timeline, Quotes, WhoIs, Fact, None:
		return !a.Found
	}
	return false
}

// Answer is the bot's reply to one question, independent of any platform.
// Adapters render it; its JSON form is what `talkbot ask --json` prints.
type Answer struct {
	Question string `json:"question"`
	Intent   Intent `json:"intent"`
	// Found is false when the bot does not know; Items is then empty and
	// Summary says so and what the bot does know about.
	Found bool `json:"found"`
	// Items are the sourced statements that answer, best first.
	Items []Item `json:"answers"`
	// Summary is one line that answers in words ("Antony Blinken said it on
	// 2024-09-25, to NBC News.").
	Summary string `json:"summary,omitempty"`
	// Note is optional extra guidance (how to ask, what is known).
	Note string `json:"note,omitempty"`
	// AsOf is the newest date the answer rests on, for status answers.
	AsOf string `json:"as_of,omitempty"`
	// Error marks an answer that reports a problem (bad input, rate limit);
	// adapters show such answers only to the asker where they can.
	Error bool `json:"error,omitempty"`
	// Private asks adapters to show the answer only to the asker where the
	// platform can: the channel's settings say so (config answers private).
	Private bool `json:"private,omitempty"`
	// TurnID names the remembered answer when Options.Conversations is
	// set; adapters put it on feedback buttons (see Bot.Vote).
	TurnID string `json:"turn_id,omitempty"`
}

// Item is one sourced statement in an answer.
type Item struct {
	Kind         corpus.Kind   `json:"kind"`
	Speaker      string        `json:"speaker"`
	SpeakerTitle string        `json:"speaker_title"`
	Text         string        `json:"text"`
	SaidOn       string        `json:"said_on"`
	Where        string        `json:"where"`
	Source       corpus.Source `json:"source"`
	// StatementID is the corpus statement's id.
	StatementID string `json:"statement_id,omitempty"`
	// Topic labels the item in per-topic lists (status); may be empty.
	Topic string `json:"topic,omitempty"`
}
