package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/bot"
)

// voterHandler records votes once per user and answer, as the bot with a
// store does.
type voterHandler struct {
	fakeHandler
	mu    sync.Mutex
	votes map[string]bool
}

func (v *voterHandler) Vote(ctx context.Context, turn, user string, up bool) (bool, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if turn == "gone" {
		return false, fmt.Errorf("vote: %w", bot.ErrNotFound)
	}
	if _, ok := v.votes[turn+"/"+user]; ok {
		return false, nil
	}
	v.votes[turn+"/"+user] = up
	return true, nil
}

func buttonPress(id, customID string) string {
	return fmt.Sprintf(`{"id":%q,"application_id":%q,"type":3,"token":"tok","version":1,"channel_id":"C1","member":{"user":{"id":%q}},"data":{"custom_id":%q,"component_type":2}}`,
		id, testAppID, testUser, customID)
}

// TestInteractionsFeedbackButtons: answers that found something carry
// 👍 / 👎; a press is recorded once per user and answer and answered with
// a private thank-you.
func TestInteractionsFeedbackButtons(t *testing.T) {
	a := cannedAnswer(bot.Request{Text: "who said war is not the solution"})
	a.TurnID = "turn1"
	msgs := Messages(a)
	row, ok := msgs[len(msgs)-1].Components[0].(discordgo.ActionsRow)
	if !ok || len(row.Components) != 2 || row.Components[0].(discordgo.Button).CustomID != "fb:up:turn1" {
		t.Fatalf("components %+v; want a row of two feedback buttons", msgs[len(msgs)-1].Components)
	}
	a.Found = false
	if m := Messages(a); m[len(m)-1].Components != nil {
		t.Error("an answer that found nothing carries feedback buttons")
	}

	h := &voterHandler{votes: map[string]bool{}}
	e := newSignedEndpoint(t, &h.fakeHandler)
	e.it.c.h = h
	for i, c := range []struct{ custom, want string }{
		{"fb:up:turn1", "Thanks! Glad it helped."},
		{"fb:down:turn1", "rated this answer already"},
		{"fb:down:turn2", "Thanks for saying so"},
		{"fb:up:gone", "too old to rate"},
		{"other", "do not know that button"},
	} {
		w := e.postGood(buttonPress(fmt.Sprint("70", i), c.custom))
		var r discordgo.InteractionResponse
		if w.Code != http.StatusOK || json.Unmarshal(w.Body.Bytes(), &r) != nil || r.Data == nil {
			t.Fatalf("press %s → %d %s", c.custom, w.Code, w.Body)
		}
		if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(r.Data.Content, c.want) {
			t.Errorf("press %s → %s; want an ephemeral %q", c.custom, w.Body, c.want)
		}
	}
	if len(h.votes) != 2 || h.votes["turn1/discord:"+testUser] != true || h.votes["turn2/discord:"+testUser] != false {
		t.Errorf("votes %v", h.votes)
	}
	// The same press delivered again is refused.
	if w := e.postGood(buttonPress("700", "fb:up:turn1")); w.Code != http.StatusConflict {
		t.Errorf("a press sent again → %d; want 409", w.Code)
	}
}

// followerHandler takes part in the conversations it has answered, as the
// bot with a store does.
type followerHandler struct {
	fakeHandler
	mu      sync.Mutex
	threads map[string]bool
}

func (f *followerHandler) Handle(ctx context.Context, req bot.Request) bot.Answer {
	f.mu.Lock()
	f.threads[req.Thread] = true
	f.mu.Unlock()
	return f.fakeHandler.Handle(ctx, req)
}

func (f *followerHandler) InThread(ctx context.Context, req bot.Request) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.threads[req.Follows]
}

// reply is a message replying to the bot's message botMsg, which replied
// to the message answered.
func reply(id, content, botMsg, answered string) map[string]any {
	e := messageEvent(id, testGuild, testUser, false, content)
	e["type"] = 19
	e["message_reference"] = map[string]any{"message_id": botMsg, "channel_id": testChan, "guild_id": testGuild}
	e["referenced_message"] = map[string]any{"id": botMsg, "channel_id": testChan, "content": "an answer", "type": 19,
		"author":            map[string]any{"id": testBotID, "username": "talkbot", "bot": true},
		"message_reference": map[string]any{"message_id": answered, "channel_id": testChan, "guild_id": testGuild}}
	return e
}

// TestGatewayRepliesAreFollowUps: a reply to the bot's answer needs no
// mention when the bot answered the message the answer replied to; a reply
// to an answer about a message it does not remember is ignored.
func TestGatewayRepliesAreFollowUps(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	fd.noThreads = true // the bot may not start threads here: it replies in the channel
	h := &followerHandler{threads: map[string]bool{}}
	g, _ := runGateway(t, fd, h, Config{GuildID: testGuild})
	fd.dispatch("MESSAGE_CREATE", messageEvent("801", testGuild, testUser, false, "<@"+testBotID+"> what did Blinken say?", testBotID))
	fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", 1)
	fd.dispatch("MESSAGE_CREATE", reply("803", "when was that?", "802", "799")) // the bot never answered 799
	fd.dispatch("MESSAGE_CREATE", reply("804", "when was that?", "802", "801"))
	fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", 2)
	settled(t, g, fd, "two replies", func() bool { return len(fd.find("POST", "/api/v9/channels/")) == 2 })
	got := h.requests()
	if len(got) != 2 || got[1].Text != "when was that?" || got[1].Thread != "804" || got[1].Follows != "801" || got[0].Thread != "801" {
		t.Errorf("handler got %+v; want the mention, then the reply continuing it", got)
	}
}

// TestAPIURL: DISCORD_API_URL sends the SDK's REST calls elsewhere.
func TestAPIURL(t *testing.T) {
	fd := newFakeDiscord(t)
	p, err := newPoster(Config{Token: "tok", APIURL: fd.srv.URL + "/api/v9/"})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Post(context.Background(), testChan, cannedAnswer(bot.Request{Text: "status"})); err != nil {
		t.Fatalf("Post through DISCORD_API_URL: %v", err)
	}
	if n := len(fd.find("POST", "/api/v9/channels/"+testChan+"/messages")); n != 1 {
		t.Errorf("the local API got %d posts; want 1", n)
	}
}

func componentEvent(id, customID string) map[string]any {
	return map[string]any{
		"id": id, "application_id": testAppID, "type": 3, "token": "token-" + id, "version": 1,
		"guild_id": testGuild, "channel_id": testChan,
		"member":  map[string]any{"user": map[string]any{"id": testUser, "username": "ann"}},
		"message": map[string]any{"id": "800000000000000001", "channel_id": testChan},
		"data":    map[string]any{"custom_id": customID, "component_type": 2},
	}
}

// TestGatewayFeedbackButtons: over the gateway, an answer carries the
// buttons; a press (INTERACTION_CREATE, type 3) is recorded once and
// thanked privately; the same press replayed after a resume is not
// answered again, and a second press by the same user is told it was.
func TestGatewayFeedbackButtons(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &voterHandler{votes: map[string]bool{}}
	h.answer = func(req bot.Request) bot.Answer {
		a := cannedAnswer(req)
		a.TurnID = "turn-" + req.Thread
		return a
	}
	g, _ := runGateway(t, fd, h, Config{GuildID: testGuild})

	fd.dispatch("MESSAGE_CREATE", messageEvent("7001", "", testUser, false, "who said war is not the solution"))
	reply := fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", 1)[0]
	var sent struct {
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
	}
	if err := json.Unmarshal(reply.Body, &sent); err != nil || len(sent.Components) != 1 || len(sent.Components[0].Components) != 2 {
		t.Fatalf("reply %s: want one row of two buttons (%v)", reply.Body, err)
	}
	up, down := sent.Components[0].Components[0].CustomID, sent.Components[0].Components[1].CustomID
	if up != "fb:up:turn-7001" || down != "fb:down:turn-7001" {
		t.Fatalf("buttons %q, %q; want them to name the answer's turn", up, down)
	}

	press := componentEvent("7101", up)
	fd.dispatch("INTERACTION_CREATE", press)
	first := fd.waitCalls("POST", "/api/v9/interactions/7101/", 1)
	fd.dispatch("INTERACTION_CREATE", press) // replayed after a resume
	fd.dispatch("INTERACTION_CREATE", componentEvent("7102", down))
	second := fd.waitCalls("POST", "/api/v9/interactions/7102/", 1)
	settled(t, g, fd, "one response per press", func() bool { return len(fd.find("POST", "/api/v9/interactions/7101/")) == 1 })

	for _, c := range []struct {
		call restCall
		want string
	}{{first[0], "Thanks! Glad it helped."}, {second[0], "rated this answer already"}} {
		r := interactionResponse(t, c.call)
		if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data == nil ||
			r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(r.Data.Content, c.want) {
			t.Errorf("press answered %s; want an ephemeral %q", c.call.Body, c.want)
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.votes) != 1 || h.votes["turn-7001/discord:"+testUser] != true {
		t.Errorf("votes %v; want one 👍 on turn-7001", h.votes)
	}
}
