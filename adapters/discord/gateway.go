package discord

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/panics"
)

// Gateway is a bot connected to Discord's websocket gateway. It answers
// /talks interactions, autocomplete for /talks quotes, messages that mention
// the bot and direct messages.
type Gateway struct {
	c       *core
	s       *discordgo.Session
	cfg     Config
	ctx     context.Context // parent of all answering; outlives Run's ctx by the drain
	cancel  context.CancelFunc
	running atomic.Bool
	// handled counts the message and interaction events whose handler
	// has returned, having handed any answer to the pool: tests wait for
	// it before they check that nothing more happens.
	handled atomic.Int64

	chMu      sync.Mutex
	parents   map[string]string // channel → its parent when a thread, "" when not
	noThreads map[string]bool   // channels where Discord refused to start a thread
}

// NewGateway returns a gateway bot for cfg.Token that answers with h. It
// asks for the GuildMessages and DirectMessages intents, and for the
// privileged MessageContent intent only when cfg.MessageContent is set.
// Nothing connects until Run.
func NewGateway(cfg Config, h Handler) (*Gateway, error) {
	return newGateway(cfg, h)
}

func newGateway(cfg Config, h Handler, opts ...option) (*Gateway, error) {
	cfg.Token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(cfg.Token), "Bot "))
	if cfg.Token == "" {
		return nil, errors.New("discord: gateway needs a bot token (DISCORD_BOT_TOKEN)")
	}
	set := newSettings(gatewayReplyWithin, cfg.APIURL, opts)
	c, err := newCore(cfg, h, set)
	if err != nil {
		return nil, err
	}
	s, err := newRESTSession(cfg.Token, set)
	if err != nil {
		return nil, err
	}
	s.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if cfg.MessageContent {
		s.Identify.Intents |= discordgo.IntentMessageContent
	}
	g := &Gateway{c: c, s: s, cfg: cfg, parents: map[string]string{}, noThreads: map[string]bool{}}
	g.ctx, g.cancel = context.WithCancel(context.Background())
	s.AddHandler(g.onReady)
	s.AddHandler(g.onResumed)
	s.AddHandler(g.onDisconnect)
	s.AddHandler(g.onInteraction)
	s.AddHandler(g.onMessage)
	return g, nil
}

// Run connects to the gateway, registers /talks (in cfg.GuildID, or
// globally) when its definition changed, and answers until ctx is done.
// Then it disconnects, lets answers under way finish for a few seconds and
// returns nil. It returns an error when it cannot connect. discordgo
// reconnects and resumes by itself after the connection drops. A failed
// registration is logged, not fatal: mentions and direct messages still work.
// A Gateway runs once: a second Run returns an error.
func (g *Gateway) Run(ctx context.Context) error {
	if !g.running.CompareAndSwap(false, true) {
		return errors.New("discord: gateway already running")
	}
	if err := g.s.Open(); err != nil {
		return fmt.Errorf("discord: connect to gateway: %w", err)
	}
	botID, appID := g.ids()
	g.c.log.Info("connected to gateway", "bot", botID, "application", appID, "guild", g.cfg.GuildID)
	wrote, err := register(ctx, g.s, appID, g.cfg.GuildID)
	switch {
	case err != nil:
		g.c.log.Error("register command", "err", err)
	case wrote:
		g.c.log.Info("registered command", "command", "/"+CommandName, "guild", g.cfg.GuildID)
	default:
		g.c.log.Debug("command unchanged", "command", "/"+CommandName)
	}

	<-ctx.Done()
	g.s.Lock()
	g.s.ShouldReconnectOnError = false
	g.s.Unlock()
	if err := g.s.Close(); err != nil {
		g.c.log.Warn("close gateway", "err", err)
	}
	drain, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := g.c.pool.Close(drain); err != nil {
		g.c.log.Warn("answers still running at shutdown", "err", err)
	}
	g.cancel()
	return nil
}

// ids returns the bot's user ID and the application ID, as READY gave them.
func (g *Gateway) ids() (botID, appID string) {
	appID = g.cfg.AppID
	g.s.State.RLock()
	defer g.s.State.RUnlock()
	if g.s.State.User != nil {
		botID = g.s.State.User.ID
	}
	if appID == "" && g.s.State.Application != nil {
		appID = g.s.State.Application.ID
	}
	return botID, appID
}

func (g *Gateway) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	defer panics.Recover(g.c.log, "event handler panicked", "event", "READY")
	name := ""
	if r.User != nil {
		name = r.User.Username
	}
	g.c.log.Debug("gateway ready", "user", name)
}

func (g *Gateway) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	defer panics.Recover(g.c.log, "event handler panicked", "event", "RESUMED")
	g.c.log.Info("gateway session resumed")
}

func (g *Gateway) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	defer panics.Recover(g.c.log, "event handler panicked", "event", "disconnect")
	g.c.log.Debug("gateway disconnected")
}

func (g *Gateway) onInteraction(s *discordgo.Session, e *discordgo.InteractionCreate) {
	defer g.handled.Add(1)
	defer panics.Recover(g.c.log, "event handler panicked", "event", "INTERACTION_CREATE")
	if e.Interaction == nil {
		return
	}
	if !g.c.firstSight("interaction:" + e.ID) {
		g.c.log.Debug("interaction already answered", "interaction", e.ID)
		return
	}
	ctx := g.ctx
	switch e.Type {
	case discordgo.InteractionApplicationCommand:
		first, later := g.c.replyCommand(ctx, e.Interaction, s)
		if err := s.InteractionRespond(e.Interaction, first, discordgo.WithContext(ctx)); err != nil {
			g.c.log.Error("respond to interaction", "interaction", e.ID, "err", err)
			return
		}
		if later != nil && !g.c.pool.Extra(func(context.Context) { later() }) {
			g.c.log.Warn("shutting down; the answer to an interaction is not sent", "interaction", e.ID)
		}
	case discordgo.InteractionMessageComponent:
		if err := s.InteractionRespond(e.Interaction, g.c.component(ctx, e.Interaction), discordgo.WithContext(ctx)); err != nil {
			g.c.log.Error("respond to a button", "interaction", e.ID, "err", err)
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		endpoint := discordgo.EndpointInteractionResponse(e.ID, e.Token)
		_, err := s.RequestWithBucketID("POST", endpoint, g.c.autocomplete(e.Interaction), discordgo.EndpointInteractionResponse(e.ID, ""), discordgo.WithContext(ctx))
		if err != nil {
			g.c.log.Error("respond to autocomplete", "interaction", e.ID, "err", err)
		}
	default:
		g.c.log.Debug("ignored interaction", "interaction", e.ID, "type", e.Type.String())
	}
}

// onMessage answers a message that mentions the bot, a direct message, a
// reply to one of the bot's answers, and a message in a thread where the
// bot has answered. A mention in a channel is answered in a thread started
// from it (see answerMessage). The work, looking up the channel included,
// is a worker's; this event's goroutine returns at once.
func (g *Gateway) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	defer g.handled.Add(1)
	defer panics.Recover(g.c.log, "event handler panicked", "event", "MESSAGE_CREATE")
	if m.Message == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" {
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return
	}
	botID, _ := g.ids()
	if botID == "" || m.Author.ID == botID {
		return
	}
	text, mentioned := runner.StripMention(m.Content, botID)
	mentioned = mentioned || slices.ContainsFunc(m.Mentions, func(u *discordgo.User) bool { return u != nil && u.ID == botID })
	// A reply to one of the bot's answers continues the conversation of
	// the message that answer replied to.
	follows := ""
	if ref := m.ReferencedMessage; ref != nil && ref.Author != nil && ref.Author.ID == botID && ref.MessageReference != nil {
		follows = ref.MessageReference.MessageID
	}
	// A channel message that neither mentions the bot nor replies to it
	// is a question only in a thread where the bot has answered; without
	// the Message Content intent Discord sends such a message without its
	// text, and it is left alone.
	inThreadOnly := m.GuildID != "" && !mentioned && follows == ""
	if inThreadOnly && text == "" {
		return
	}
	// Most channel messages are no question: they are checked against the
	// other replicas (a store write) only once they turn out to be one.
	if fresh := g.c.firstHere("message:" + m.ID); !fresh || (!inThreadOnly && !g.c.firstShared(g.ctx, "message:"+m.ID)) {
		g.c.log.Debug("message already answered", "message", m.ID)
		return
	}
	if text == "" {
		text = "help"
	}
	req := request(text, m.Author.ID, m.ChannelID)
	req.Thread, req.Follows = m.ID, follows
	job := func(ctx context.Context) { g.answerMessage(ctx, s, m.Message, req, mentioned, inThreadOnly) }
	var gaveUp func()
	if !inThreadOnly {
		gaveUp = func() { g.send(g.ctx, s, m.Message, m.ChannelID, true, runner.Busy(req.Text)) }
	}
	if !g.c.pool.Go(req, job, gaveUp) && gaveUp != nil {
		g.c.log.Warn("too many questions waiting; saying busy", "message", m.ID)
		g.c.pool.Extra(func(context.Context) { gaveUp() })
	}
}

// answerMessage answers m, a message the bot may answer, on a worker.
//
// In a thread, the conversation is the thread's: req.Channel becomes the
// thread's parent channel (whose settings apply) and req.Thread the
// thread, so every message in it continues one conversation. A mention in
// a channel is answered in a thread started from the question and named
// after it: follow-ups then need no mention (with the Message Content
// intent) or only a reply, and the channel keeps one line per question. A
// thread started from a message has that message's ID, so the question's
// conversation (req.Thread, the message) is the thread's from the start.
// Help, errors and "I don't know" get no thread: they are replied in
// place. Where the bot may not start a thread (no Create Public Threads
// permission, a forum or voice channel), it replies in place too, and a
// reply to that answer continues it.
func (g *Gateway) answerMessage(ctx context.Context, s *discordgo.Session, m *discordgo.Message, req bot.Request, mentioned, inThreadOnly bool) {
	where, asReply, mayStartThread := m.ChannelID, true, false
	if m.GuildID != "" {
		if parent, isThread := g.threadOf(ctx, m.ChannelID); isThread {
			req.Channel, req.Thread, req.Follows = parent, m.ChannelID, ""
		} else if inThreadOnly {
			return
		} else {
			mayStartThread = req.Follows == ""
		}
		if !mentioned {
			// Without a mention: only where the bot takes part.
			f, ok := g.c.h.(ThreadFollower)
			if !ok || !f.InThread(ctx, req) {
				return
			}
		}
		if inThreadOnly && !g.c.firstShared(ctx, "message:"+m.ID) {
			return
		}
	}
	g.c.log.Debug("message", "message", m.ID, "user", req.User, "thread", req.Thread)
	a, _ := runner.Ask(ctx, g.c.log, g.c.h, req)
	if mayStartThread && !a.ForAsker() {
		if thread := g.startThread(ctx, m, req.Text); thread != "" {
			where, asReply = thread, false
		}
	}
	g.send(ctx, s, m, where, asReply, a)
}

// send posts a in channel, the first message as a reply to m when asReply.
func (g *Gateway) send(ctx context.Context, s *discordgo.Session, m *discordgo.Message, channel string, asReply bool, a bot.Answer) {
	msgs := Messages(a)
	if asReply {
		noFail := false
		msgs[0].Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &noFail}
	}
	for _, msg := range msgs {
		if _, err := s.ChannelMessageSendComplex(channel, msg, discordgo.WithContext(ctx)); err != nil {
			g.c.log.Error("send reply", "message", m.ID, "channel", channel, "err", err)
			return
		}
	}
}

// Threads the bot starts: named after the question (Discord takes 1 to
// 100 characters), archived after a day without messages, as long as a
// conversation is remembered for follow-ups.
const (
	threadNameMax     = 100
	threadArchiveMins = 1440
	channelsKept      = 10000
)

// threadOf reports whether channel is a thread, and its parent channel.
// Answers are kept (a channel's kind does not change); a channel Discord
// will not describe counts as no thread and is asked about again later.
func (g *Gateway) threadOf(ctx context.Context, channel string) (parent string, isThread bool) {
	g.chMu.Lock()
	p, known := g.parents[channel]
	g.chMu.Unlock()
	if known {
		return p, p != ""
	}
	ch, err := g.s.Channel(channel, discordgo.WithContext(ctx))
	if err != nil {
		g.c.log.Warn("cannot tell whether a channel is a thread", "channel", channel, "err", err)
		return "", false
	}
	if ch.IsThread() {
		p = ch.ParentID
	}
	g.remember(channel, p)
	return p, p != ""
}

func (g *Gateway) remember(channel, parent string) {
	g.chMu.Lock()
	defer g.chMu.Unlock()
	if len(g.parents) >= channelsKept {
		g.parents = map[string]string{}
	}
	g.parents[channel] = parent
}

// startThread starts a public thread from m, named after question, and
// returns its ID; "" when Discord refuses (it is then not tried again in
// that channel until restart).
func (g *Gateway) startThread(ctx context.Context, m *discordgo.Message, question string) string {
	g.chMu.Lock()
	refused := g.noThreads[m.ChannelID]
	g.chMu.Unlock()
	if refused {
		return ""
	}
	name := truncate(oneLine(question), threadNameMax)
	if name == "" {
		name = "talkbot"
	}
	ch, err := g.s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{Name: name, AutoArchiveDuration: threadArchiveMins}, discordgo.WithContext(ctx))
	if err != nil || ch == nil || ch.ID == "" {
		g.c.log.Warn("cannot start a thread for the answer; replying in the channel (give the bot Create Public Threads there to answer in threads)",
			"channel", m.ChannelID, "err", err)
		g.chMu.Lock()
		if len(g.noThreads) >= channelsKept {
			g.noThreads = map[string]bool{}
		}
		g.noThreads[m.ChannelID] = true
		g.chMu.Unlock()
		return ""
	}
	g.remember(ch.ID, m.ChannelID)
	return ch.ID
}
