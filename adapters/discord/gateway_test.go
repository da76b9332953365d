package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/testkit"
)

// runGateway runs a Gateway against the fake until the test ends, and
// checks then that Run returned and that the token never reached the logs.
func runGateway(t *testing.T, fd *fakeDiscord, h Handler, cfg Config, opts ...option) (*Gateway, *logBuffer) {
	t.Helper()
	logger, logs := newLogger()
	cfg.Token, cfg.Logger = testToken, logger
	g, err := newGateway(cfg, h, append([]option{withHTTPClient(fd.client())}, opts...)...)
	if err != nil {
		t.Fatalf("newGateway: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v; want nil after cancel", err)
			}
		case <-time.After(15 * time.Second):
			t.Errorf("Run did not return after cancel")
		}
		if strings.Contains(logs.String(), testToken) {
			t.Errorf("the bot token was logged:\n%s", logs)
		}
	})
	testkit.Eventually(t, 10*time.Second, "registration", func() bool {
		s := logs.String()
		return strings.Contains(s, "registered command") || strings.Contains(s, "command unchanged") || strings.Contains(s, "register command")
	})
	return g, logs
}

func interactionResponse(t *testing.T, c restCall) discordgo.InteractionResponse {
	t.Helper()
	var r discordgo.InteractionResponse
	if err := json.Unmarshal(c.Body, &r); err != nil {
		t.Fatalf("callback body %s: %v", c.Body, err)
	}
	return r
}

func TestGatewayRegistersCommandOnlyWhenChanged(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &fakeHandler{}
	guildCmds := "/api/v9/applications/" + testAppID + "/guilds/" + testGuild + "/commands"

	// First start: nothing registered, so /talks is written to the guild.
	t.Run("first", func(t *testing.T) {
		_, logs := runGateway(t, fd, h, Config{GuildID: testGuild})
		puts := fd.find("PUT", guildCmds)
		if len(puts) != 1 {
			t.Fatalf("PUT %s: %d calls; want 1\n%s", guildCmds, len(puts), logs)
		}
		var got []*discordgo.ApplicationCommand
		if err := json.Unmarshal(puts[0].Body, &got); err != nil {
			t.Fatal(err)
		}
		if !sameCommands(got, []*discordgo.ApplicationCommand{Command()}) {
			t.Errorf("registered %s; want /talks", puts[0].Body)
		}
		var names []string
		for _, o := range got[0].Options {
			names = append(names, o.Name)
		}
		if want := "ask status who quotes timeline sources help add subscribe unsubscribe subscriptions config"; strings.Join(names, " ") != want {
			t.Errorf("subcommands %q; want %q", names, want)
		}
	})
	// Second start: the same definition is registered, so nothing is written.
	t.Run("unchanged", func(t *testing.T) {
		_, logs := runGateway(t, fd, h, Config{GuildID: testGuild})
		if n := len(fd.find("GET", guildCmds)); n != 2 {
			t.Errorf("GET %s: %d calls; want 2", guildCmds, n)
		}
		if n := len(fd.find("PUT", guildCmds)); n != 1 {
			t.Errorf("PUT %s: %d calls; want still 1\n%s", guildCmds, n, logs)
		}
	})
	// Without a guild, the command is registered globally.
	t.Run("global", func(t *testing.T) {
		runGateway(t, fd, h, Config{})
		if n := len(fd.find("PUT", "/api/v9/applications/"+testAppID+"/commands")); n != 1 {
			t.Errorf("global PUT: %d calls; want 1", n)
		}
	})
}

func TestGatewayAnswersCommandInFirstResponse(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &fakeHandler{}
	runGateway(t, fd, h, Config{GuildID: testGuild})

	fd.dispatch("INTERACTION_CREATE", commandEvent("101", "ask", map[string]string{"question": "  who said war is not the solution "}))
	calls := fd.waitCalls("POST", "/api/v9/interactions/101/token-101/callback", 1)
	r := interactionResponse(t, calls[0])
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource {
		t.Fatalf("response type %d; want 4", r.Type)
	}
	if r.Data == nil || r.Data.Content != "Antony Blinken said it on 2024-09-25, to NBC News." || len(r.Data.Embeds) != 1 {
		t.Fatalf("response data %s; want the summary and one embed", calls[0].Body)
	}
	e := r.Data.Embeds[0]
	if e.Title != "Antony Blinken, US Secretary of State" || e.URL != blinken.Source.URL || !strings.Contains(e.Description, "war is the solution") {
		t.Errorf("embed %+v", e)
	}
	if r.Data.Flags&discordgo.MessageFlagsEphemeral != 0 {
		t.Errorf("an answer is ephemeral; want public")
	}
	want := bot.Request{Text: "who said war is not the solution", User: "discord:" + testUser, Platform: "discord", Channel: testChan}
	if got := h.requests(); len(got) != 1 || got[0] != want {
		t.Errorf("handler got %+v; want [%+v]", got, want)
	}
	if n := len(fd.find("PATCH", "/api/v9/webhooks/")); n != 0 {
		t.Errorf("%d edits after a type 4 response; want none", n)
	}
}

func TestGatewayDefersSlowAnswer(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &fakeHandler{delay: 400 * time.Millisecond}
	runGateway(t, fd, h, Config{GuildID: testGuild}, withReplyWithin(50*time.Millisecond))

	fd.dispatch("INTERACTION_CREATE", commandEvent("102", "status", map[string]string{"topic": "Gaza"}))
	edits := fd.waitCalls("PATCH", "/api/v9/webhooks/"+testAppID+"/token-102/messages/@original", 1)
	calls := fd.snapshot()
	callback, edit := -1, -1
	for i, c := range calls {
		switch {
		case c.Method == "POST" && c.Path == "/api/v9/interactions/102/token-102/callback":
			callback = i
		case c.Method == "PATCH":
			edit = i
		}
	}
	if callback < 0 || callback > edit {
		t.Fatalf("callback at %d, edit at %d; want the deferral first", callback, edit)
	}
	if r := interactionResponse(t, calls[callback]); r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Errorf("first response type %d; want 5 (deferred)", r.Type)
	}
	var we discordgo.WebhookEdit
	if err := json.Unmarshal(edits[0].Body, &we); err != nil || we.Embeds == nil || len(*we.Embeds) != 1 || we.Content == nil || *we.Content == "" {
		t.Errorf("edit %s; want the answer (%v)", edits[0].Body, err)
	}
	if got := h.requests(); len(got) != 1 || got[0].Text != "status Gaza" {
		t.Errorf("handler got %+v; want status Gaza", got)
	}
}

func TestGatewayAutocompletesSpeakers(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &fakeHandler{speakers: []string{"Benjamin Netanyahu", "Antony Blinken", "Amos Hochstein", "Najib Mikati"}}
	runGateway(t, fd, h, Config{GuildID: testGuild})

	fd.dispatch("INTERACTION_CREATE", autocompleteEvent("103", "BLIN"))
	calls := fd.waitCalls("POST", "/api/v9/interactions/103/token-103/callback", 1)
	var r autocompleteResponse
	if err := json.Unmarshal(calls[0].Body, &r); err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(r.Data.Choices) != 1 || r.Data.Choices[0].Value != "Antony Blinken" {
		t.Errorf("autocomplete response %s; want type 8 with Antony Blinken", calls[0].Body)
	}
	if n := len(h.requests()); n != 0 {
		t.Errorf("autocomplete asked the handler %d questions; want none", n)
	}
}

func TestGatewayAnswersMentionsAndDirectMessages(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	fd.noThreads = true // replies in place; threads: TestGatewayAnswersMentionsInThreads
	h := &fakeHandler{}
	g, _ := runGateway(t, fd, h, Config{GuildID: testGuild})

	// Not questions: the bot's own message, another bot's, and a channel
	// message that does not mention the bot.
	fd.dispatch("MESSAGE_CREATE", messageEvent("201", testGuild, testBotID, true, "<@"+testBotID+"> echo", testBotID))
	fd.dispatch("MESSAGE_CREATE", messageEvent("202", testGuild, "42", true, "<@"+testBotID+"> hi bot", testBotID))
	fd.dispatch("MESSAGE_CREATE", messageEvent("203", testGuild, testUser, false, "who said war is not the solution"))
	// Questions: a mention (nickname form) and a direct message.
	fd.dispatch("MESSAGE_CREATE", messageEvent("204", testGuild, testUser, false, "<@!"+testBotID+">  who said war is not the solution", testBotID))
	fd.dispatch("MESSAGE_CREATE", messageEvent("205", "", testUser, false, "quotes Blinken"))

	replies := fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", 2)
	byRef := map[string]discordgo.MessageSend{}
	for _, c := range replies {
		var m struct {
			discordgo.MessageSend
			Ref *discordgo.MessageReference `json:"message_reference"`
		}
		if err := json.Unmarshal(c.Body, &m); err != nil || m.Ref == nil {
			t.Fatalf("reply %s has no message reference (%v)", c.Body, err)
		}
		byRef[m.Ref.MessageID] = m.MessageSend
	}
	if m, ok := byRef["204"]; !ok || len(m.Embeds) != 1 {
		t.Errorf("reply to the mention: %+v; want one embed", m)
	}
	if _, ok := byRef["205"]; !ok {
		t.Errorf("no reply to the direct message")
	}
	settled(t, g, fd, "two replies", func() bool { return len(fd.find("POST", "/api/v9/channels/")) == 2 })
	texts := map[string]bool{}
	for _, r := range h.requests() {
		texts[r.Text] = true
	}
	if len(texts) != 2 || !texts["who said war is not the solution"] || !texts["quotes Blinken"] {
		t.Errorf("handler got %+v; want the mention without <@!id> and the DM", h.requests())
	}
}

func TestGatewayResumesAndAnswersOnce(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &fakeHandler{}
	g, _ := runGateway(t, fd, h, Config{GuildID: testGuild})

	first := commandEvent("301", "ask", map[string]string{"question": "who said war is not the solution"})
	fd.dispatch("INTERACTION_CREATE", first)
	fd.waitCalls("POST", "/api/v9/interactions/301/", 1)

	fd.drop()
	testkit.Eventually(t, 10*time.Second, "a resumed session", func() bool { _, r := fd.counts(); return r >= 1 })
	// After the resume the gateway replays what it sent before, then sends
	// new events; only the new ones are answered.
	fd.dispatch("INTERACTION_CREATE", first)
	fd.dispatch("MESSAGE_CREATE", messageEvent("302", "", testUser, false, "status"))
	fd.dispatch("INTERACTION_CREATE", commandEvent("303", "sources", nil))
	fd.waitCalls("POST", "/api/v9/interactions/303/", 1)
	fd.waitCalls("POST", "/api/v9/channels/", 1)
	settled(t, g, fd, "one answer per event", func() bool {
		return len(fd.find("POST", "/api/v9/interactions/301/")) == 1 && len(fd.find("POST", "/api/v9/channels/")) == 1
	})
	if ids, _ := fd.counts(); ids != 1 {
		t.Errorf("%d IDENTIFYs; want 1 (a resume, not a new session)", ids)
	}
	if n := len(h.requests()); n != 3 {
		t.Errorf("handler asked %d times; want 3", n)
	}
}

func TestGatewayRetriesWhenRateLimited(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &fakeHandler{}
	g, _ := runGateway(t, fd, h, Config{GuildID: testGuild})

	fd.rateLimit("/api/v9/channels/", 1)
	fd.rateLimit("/api/v9/interactions/", 1)
	fd.dispatch("MESSAGE_CREATE", messageEvent("601", "", testUser, false, "status"))
	fd.dispatch("INTERACTION_CREATE", commandEvent("602", "status", nil))
	fd.waitCalls("POST", "/api/v9/channels/", 2)
	fd.waitCalls("POST", "/api/v9/interactions/602/", 2)
	settled(t, g, fd, "one retry each", func() bool {
		return len(fd.find("POST", "/api/v9/channels/")) == 2 && len(fd.find("POST", "/api/v9/interactions/")) == 2
	})
	if n := len(h.requests()); n != 2 {
		t.Errorf("handler asked %d times; want 2 (a retry does not ask again)", n)
	}
}

func TestGatewayRecoversFromPanickingHandler(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &fakeHandler{}
	_, logs := runGateway(t, fd, h, Config{GuildID: testGuild})

	fd.dispatch("INTERACTION_CREATE", commandEvent("401", "ask", map[string]string{"question": "panic"}))
	calls := fd.waitCalls("POST", "/api/v9/interactions/401/", 1)
	r := interactionResponse(t, calls[0])
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data.Flags != discordgo.MessageFlagsEphemeral ||
		!strings.Contains(r.Data.Content, "could not answer") {
		t.Errorf("response to a panic %s; want an ephemeral apology", calls[0].Body)
	}
	fd.dispatch("MESSAGE_CREATE", messageEvent("402", "", testUser, false, "panic"))
	fd.waitCalls("POST", "/api/v9/channels/", 1)
	if !strings.Contains(logs.String(), "answering failed") {
		t.Errorf("the panic was not logged:\n%s", logs)
	}
	// Still answering.
	fd.dispatch("INTERACTION_CREATE", commandEvent("403", "help", nil))
	calls = fd.waitCalls("POST", "/api/v9/interactions/403/", 1)
	if r := interactionResponse(t, calls[0]); r.Data == nil || r.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("help response %s; want ephemeral", calls[0].Body)
	}
}

func TestNewGatewayIntents(t *testing.T) {
	for _, mc := range []bool{false, true} {
		g, err := NewGateway(Config{Token: "Bot x", MessageContent: mc}, &fakeHandler{})
		if err != nil {
			t.Fatal(err)
		}
		want := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
		if mc {
			want |= discordgo.IntentMessageContent
		}
		if g.s.Identify.Intents != want {
			t.Errorf("MessageContent=%t: intents %d; want %d", mc, g.s.Identify.Intents, want)
		}
		if g.s.Token != "Bot x" {
			t.Errorf("token %q; want %q", g.s.Token, "Bot x")
		}
	}
	if _, err := NewGateway(Config{}, &fakeHandler{}); err == nil {
		t.Errorf("NewGateway without a token: no error")
	}
	if _, err := NewGateway(Config{Token: "x"}, nil); err == nil {
		t.Errorf("NewGateway without a handler: no error")
	}
}

// busyHandler answers slowly and counts how many answers run at once.
type busyHandler struct {
	fakeHandler
	running, peak atomic.Int32
}

func (b *busyHandler) Handle(ctx context.Context, req bot.Request) bot.Answer {
	n := b.running.Add(1)
	defer b.running.Add(-1)
	for {
		p := b.peak.Load()
		if n <= p || b.peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(30 * time.Millisecond)
	return b.fakeHandler.Handle(ctx, req)
}

// TestGatewayBoundsConcurrentAnswers: a burst of messages and commands is
// answered by at most the pool's workers at a time, every one of them, and
// one whose handler panics gets an apology without stopping the rest.
func TestGatewayBoundsConcurrentAnswers(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &busyHandler{}
	runGateway(t, fd, h, Config{GuildID: testGuild})

	const messages, commands = 40, 10
	for i := range messages {
		text := fmt.Sprintf("who said thing %d", i)
		if i == 13 {
			text = "panic"
		}
		fd.dispatch("MESSAGE_CREATE", messageEvent(fmt.Sprint(5000+i), "", testUser, false, text))
	}
	for i := range commands {
		fd.dispatch("INTERACTION_CREATE", commandEvent(fmt.Sprint(6000+i), "ask", map[string]string{"question": fmt.Sprintf("who said other %d", i)}))
	}
	replies := fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", messages)
	for i := range commands {
		fd.waitCalls("POST", fmt.Sprintf("/api/v9/interactions/%d/", 6000+i), 1)
	}
	if p := h.peak.Load(); p > workers || p < 2 {
		t.Errorf("%d answers ran at once; want between 2 and the pool's %d workers", p, workers)
	}
	apologies := 0
	for _, c := range replies {
		if strings.Contains(string(c.Body), "could not answer") {
			apologies++
		}
	}
	if apologies != 1 {
		t.Errorf("%d apologies among %d replies; want 1, for the handler that panicked", apologies, len(replies))
	}
}

// threadHandler remembers the conversations it answered, by channel and
// thread (or the conversation a reply continues), as the bot with a store
// does.
type threadHandler struct {
	fakeHandler
	answered sync.Map
}

func (h *threadHandler) Handle(ctx context.Context, req bot.Request) bot.Answer {
	h.answered.Store(req.Channel+"/"+req.Thread, true)
	return h.fakeHandler.Handle(ctx, req)
}

func (h *threadHandler) InThread(_ context.Context, req bot.Request) bool {
	key := req.Thread
	if req.Follows != "" {
		key = req.Follows
	}
	_, ok := h.answered.Load(req.Channel + "/" + key)
	return ok
}

func inChannel(e map[string]any, channel string) map[string]any {
	e["channel_id"] = channel
	return e
}

// TestGatewayAnswersMentionsInThreads: a mention in a channel starts a
// thread named after the question and is answered there; a later message
// in that thread is a follow-up without a mention, read as the thread's
// conversation under the channel; a message in someone else's thread is
// left alone unless it mentions the bot, which then answers there without
// starting another thread.
func TestGatewayAnswersMentionsInThreads(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	h := &threadHandler{}
	g, _ := runGateway(t, fd, h, Config{GuildID: testGuild})

	// Help is replied in place: no thread for it.
	fd.dispatch("MESSAGE_CREATE", messageEvent("900", testGuild, testUser, false, "<@"+testBotID+">", testBotID))
	help := fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", 1)[0]
	if !strings.Contains(string(help.Body), `"message_id":"900"`) {
		t.Errorf("help answered %s; want a reply in the channel", help.Body)
	}
	fd.dispatch("MESSAGE_CREATE", messageEvent("901", testGuild, testUser, false, "<@"+testBotID+"> what did Blinken say about the ceasefire?", testBotID))
	testkit.Eventually(t, 10*time.Second, "a thread", func() bool { fd.mu.Lock(); defer fd.mu.Unlock(); return len(fd.threads) == 1 })
	var thread string
	fd.mu.Lock()
	for id := range fd.threads {
		thread = id
	}
	if thread != "901" || !strings.Contains(string(fd.starts[0].Body), `"name":"what did Blinken say about the ceasefire?"`) || fd.starts[0].Path != "/api/v9/channels/"+testChan+"/messages/901/threads" {
		t.Errorf("thread started with %s %s; want one from the question, named after it", fd.starts[0].Path, fd.starts[0].Body)
	}
	fd.mu.Unlock()
	answer := fd.waitCalls("POST", "/api/v9/channels/"+thread+"/messages", 1)[0]
	if strings.Contains(string(answer.Body), "message_reference") {
		t.Errorf("the answer in the new thread replies to a message: %s", answer.Body)
	}

	// In the bot's thread: a follow-up without a mention (its text sent,
	// as with the Message Content intent), and one without its text.
	fd.dispatch("MESSAGE_CREATE", inChannel(messageEvent("902", testGuild, testUser, false, "when was that?"), thread))
	fd.dispatch("MESSAGE_CREATE", inChannel(messageEvent("903", testGuild, testUser, false, ""), thread))
	// Someone else's thread: ignored without a mention, answered there with one.
	fd.mu.Lock()
	fd.threads["920000000000000001"] = testChan
	fd.threads["920000000000000002"] = testChan
	fd.mu.Unlock()
	fd.dispatch("MESSAGE_CREATE", inChannel(messageEvent("904", testGuild, testUser, false, "what did Blinken say?"), "920000000000000002"))
	fd.dispatch("MESSAGE_CREATE", inChannel(messageEvent("905", testGuild, testUser, false, "<@"+testBotID+"> status", testBotID), "920000000000000001"))
	// A channel message without a mention.
	fd.dispatch("MESSAGE_CREATE", messageEvent("906", testGuild, testUser, false, "what did Blinken say?"))

	followUp := fd.waitCalls("POST", "/api/v9/channels/"+thread+"/messages", 2)[1]
	other := fd.waitCalls("POST", "/api/v9/channels/920000000000000001/messages", 1)[0]
	settled(t, g, fd, "three answers and one thread", func() bool {
		fd.mu.Lock()
		starts := len(fd.starts)
		fd.mu.Unlock()
		return len(fd.find("POST", "/api/v9/channels/")) == 4 && starts == 1
	})
	for _, c := range []restCall{followUp, other} {
		if !strings.Contains(string(c.Body), `"message_reference"`) {
			t.Errorf("an answer inside a thread does not reply to its question: %s", c.Body)
		}
	}
	var got []string
	for _, r := range h.requests() {
		got = append(got, r.Channel+"|"+r.Thread+"|"+r.Follows+"|"+r.Text)
	}
	want := []string{
		testChan + "|900||help",
		testChan + "|" + thread + "||what did Blinken say about the ceasefire?",
		testChan + "|" + thread + "||when was that?",
		testChan + "|920000000000000001||status",
	}
	slices.Sort(got) // answered concurrently
	slices.Sort(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("handler got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// countingStore is a store replicas share that counts what it is asked.
type countingStore struct {
	mu   sync.Mutex
	keys map[string]bool
	asks int
}

func (c *countingStore) Seen(_ context.Context, key string, _ time.Duration) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.asks++
	again := c.keys[key]
	c.keys[key] = true
	return again, nil
}

// TestChannelTrafficCostsTheStoreNothing: channel messages that neither
// mention the bot nor reply to it (their text sent, as with the Message
// Content intent) are not checked against the store replicas share, nor
// are messages in threads the bot is not in; a mention is, once.
func TestChannelTrafficCostsTheStoreNothing(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	fd.noThreads = true
	store := &countingStore{keys: map[string]bool{}}
	h := &threadHandler{}
	g, _ := runGateway(t, fd, h, Config{GuildID: testGuild, Replays: store})
	fd.mu.Lock()
	fd.threads["930000000000000001"] = testChan
	fd.mu.Unlock()
	for i := range 10 {
		fd.dispatch("MESSAGE_CREATE", messageEvent(fmt.Sprint(9100+i), testGuild, testUser, false, "lunch?"))
		fd.dispatch("MESSAGE_CREATE", inChannel(messageEvent(fmt.Sprint(9200+i), testGuild, testUser, false, "lunch?"), "930000000000000001"))
	}
	fd.dispatch("MESSAGE_CREATE", messageEvent("9300", testGuild, testUser, false, "<@"+testBotID+"> status", testBotID))
	fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", 1)
	settled(t, g, fd, "one answer", func() bool { return len(fd.find("POST", "/api/v9/channels/")) == 1 })
	store.mu.Lock()
	defer store.mu.Unlock()
	if store.asks != 1 {
		t.Errorf("the store was asked %d times; want once, for the mention", store.asks)
	}
}

// stuckStore is a store replicas share that never answers.
type stuckStore struct{}

func (stuckStore) Seen(ctx context.Context, _ string, _ time.Duration) (bool, error) {
	<-ctx.Done()
	return false, ctx.Err()
}

// TestStuckStoreStillAnswers: when the database does not answer, an
// interaction is still answered (as new) rather than left to expire, and
// so is a mention.
func TestStuckStoreStillAnswers(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	fd.noThreads = true
	runGateway(t, fd, &fakeHandler{}, Config{GuildID: testGuild, Replays: stuckStore{}})
	fd.dispatch("INTERACTION_CREATE", commandEvent("9500", "status", nil))
	fd.dispatch("MESSAGE_CREATE", messageEvent("9501", testGuild, testUser, false, "<@"+testBotID+"> status", testBotID))
	r := interactionResponse(t, fd.waitCalls("POST", "/api/v9/interactions/9500/", 1)[0])
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource && r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Errorf("interaction answered with type %d", r.Type)
	}
	fd.waitCalls("POST", "/api/v9/channels/"+testChan+"/messages", 1)
}
