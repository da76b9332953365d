package discord

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestCommandText(t *testing.T) {
	cases := []struct {
		sub  string
		opts map[string]string
		want string
	}{
		{"ask", map[string]string{"question": " who said  war is not the solution "}, "who said war is not the solution"},
		{"ask", nil, "help"},
		{"status", nil, "status"},
		{"status", map[string]string{"topic": "Gaza"}, "status Gaza"},
		{"who", map[string]string{"words": "war is not the solution"}, "who war is not the solution"},
		{"quotes", map[string]string{"person": "Antony Blinken"}, "quotes Antony Blinken"},
		{"timeline", nil, "timeline"},
		{"timeline", map[string]string{"topic": "Lebanon"}, "timeline Lebanon"},
		{"sources", nil, "sources"},
		{"help", nil, "help"},
		{"config", nil, "config"},
		{"config", map[string]string{"setting": "topic  Gaza ceasefire"}, "config topic Gaza ceasefire"},
		{"unknown", nil, "help"},
		{"add", map[string]string{"url": " https://example.org/a "}, "add https://example.org/a"},
		{"subscribe", nil, "subscribe"},
		{"subscribe", map[string]string{"topic": "Gaza"}, "subscribe Gaza"},
		{"subscribe", map[string]string{"topic": "Gaza", "daily": "08:30"}, "subscribe Gaza daily 08:30"},
		{"subscribe", map[string]string{"daily": "7:00"}, "subscribe daily 7:00"},
		{"unsubscribe", map[string]string{"topic": "Gaza"}, "unsubscribe Gaza"},
		{"subscriptions", nil, "subscriptions"},
	}
	for _, c := range cases {
		var i discordgo.Interaction
		raw, _ := json.Marshal(commandEvent("1", c.sub, c.opts))
		if err := json.Unmarshal(raw, &i); err != nil {
			t.Fatal(err)
		}
		got, err := commandText(i.ApplicationCommandData())
		if err != nil || got != c.want {
			t.Errorf("/talks %s %v → %q, %v; want %q", c.sub, c.opts, got, err, c.want)
		}
	}
	if _, err := commandText(discordgo.ApplicationCommandInteractionData{Name: "other"}); err == nil {
		t.Errorf("another command: no error")
	}
}

func TestCommandDefinition(t *testing.T) {
	c := Command()
	if c.Name != "talks" || len(c.Options) != 12 {
		t.Fatalf("command %s with %d subcommands", c.Name, len(c.Options))
	}
	required := map[string]string{}
	for _, sub := range c.Options {
		if sub.Type != discordgo.ApplicationCommandOptionSubCommand || sub.Description == "" || len(sub.Description) > 100 {
			t.Errorf("subcommand %s: type %v, description %q", sub.Name, sub.Type, sub.Description)
		}
		for _, o := range sub.Options {
			if o.Type != discordgo.ApplicationCommandOptionString {
				t.Errorf("%s %s: type %v; want string", sub.Name, o.Name, o.Type)
			}
			required[sub.Name+" "+o.Name] = map[bool]string{true: "required", false: "optional"}[o.Required]
			if o.Autocomplete != (sub.Name == "quotes") {
				t.Errorf("%s %s: autocomplete %t", sub.Name, o.Name, o.Autocomplete)
			}
		}
	}
	want := map[string]string{"ask question": "required", "status topic": "optional", "who words": "required",
		"quotes person": "required", "timeline topic": "optional", "add url": "required", "subscribe topic": "optional",
		"subscribe daily": "optional", "unsubscribe topic": "optional"}
	for k, v := range want {
		if required[k] != v {
			t.Errorf("option %s is %q; want %s", k, required[k], v)
		}
	}
	if len(c.Description) > 100 {
		t.Errorf("description of %d characters; Discord allows 100", len(c.Description))
	}
}

func TestSameCommands(t *testing.T) {
	want := []*discordgo.ApplicationCommand{Command()}
	// As Discord returns it: IDs, version, defaults, false values left out.
	raw, _ := json.Marshal(want)
	s := strings.ReplaceAll(string(raw), `"required":false,`, "")
	s = strings.ReplaceAll(s, `"channel_types":null,`, "")
	s = strings.Replace(s, `{"type":1,`, `{"id":"1","application_id":"2","version":"3","nsfw":false,"type":1,`, 1)
	var have []*discordgo.ApplicationCommand
	if err := json.Unmarshal([]byte(s), &have); err != nil {
		t.Fatal(err)
	}
	if !sameCommands(have, want) {
		t.Errorf("registered %s differs from the definition", s)
	}
	changed := Command()
	changed.Options[0].Description = "Ask something else"
	if sameCommands([]*discordgo.ApplicationCommand{changed}, want) {
		t.Errorf("a changed description compares equal")
	}
	if sameCommands(nil, want) || sameCommands(append(have, Command()), want) {
		t.Errorf("missing or extra commands compare equal")
	}
}

func TestMatchSpeakers(t *testing.T) {
	names := []string{"Benjamin Netanyahu", "Antony Blinken", "Amos Hochstein", "Najib Mikati", "antony blinken", "Hamas", strings.Repeat("x", 101)}
	cases := []struct {
		typed string
		want  string
	}{
		{"", "Benjamin Netanyahu|Antony Blinken|Amos Hochstein|Najib Mikati|Hamas"},
		{"a", "Antony Blinken|Amos Hochstein|Benjamin Netanyahu|Najib Mikati|Hamas"},
		{"bl", "Antony Blinken"},
		{"ETANY", "Benjamin Netanyahu"},
		{"nothing", ""},
	}
	for _, c := range cases {
		if got := strings.Join(matchSpeakers(names, c.typed, 25), "|"); got != c.want {
			t.Errorf("matchSpeakers(%q) = %q; want %q", c.typed, got, c.want)
		}
	}
	var many []string
	for i := range 40 {
		many = append(many, "Speaker "+string(rune('A'+i)))
	}
	if n := len(matchSpeakers(many, "speaker", 25)); n != 25 {
		t.Errorf("%d choices; want at most 25", n)
	}
}

func TestGatewayEventsAreRememberedByTimeNotCount(t *testing.T) {
	c, err := newCore(Config{}, &fakeHandler{}, settings{})
	if err != nil {
		t.Fatal(err)
	}
	if !c.firstSight("message:1") {
		t.Fatal("a new message was taken for one seen before")
	}
	for i := range 5000 {
		c.firstSight(fmt.Sprintf("message:%d", 1000+i))
	}
	if c.firstSight("message:1") {
		t.Error("a message delivered again after 5,000 others was taken as new")
	}
}
