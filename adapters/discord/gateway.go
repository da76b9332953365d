package discord

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/adapters/runner"
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
	g := &Gateway{c: c, s: s, cfg: cfg}
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
	defer runner.Recover(g.c.log, "READY")
	name := ""
	if r.User != nil {
		name = r.User.Username
	}
	g.c.log.Debug("gateway ready", "user", name)
}

func (g *Gateway) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	defer runner.Recover(g.c.log, "RESUMED")
	g.c.log.Info("gateway session resumed")
}

func (g *Gateway) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	defer runner.Recover(g.c.log, "disconnect")
	g.c.log.Debug("gateway disconnected")
}

func (g *Gateway) onInteraction(s *discordgo.Session, e *discordgo.InteractionCreate) {
	defer runner.Recover(g.c.log, "INTERACTION_CREATE")
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

func (g *Gateway) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	defer runner.Recover(g.c.log, "MESSAGE_CREATE")
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
	text, mentioned := stripMention(m.Content, botID)
	mentioned = mentioned || slices.ContainsFunc(m.Mentions, func(u *discordgo.User) bool { return u != nil && u.ID == botID })
	// A reply to one of the bot's answers continues the conversation of
	// the message that answer replied to.
	follows := ""
	if ref := m.ReferencedMessage; ref != nil && ref.Author != nil && ref.Author.ID == botID && ref.MessageReference != nil {
		follows = ref.MessageReference.MessageID
	}
	if m.GuildID != "" && !mentioned && follows == "" {
		return
	}
	if !g.c.firstSight("message:" + m.ID) {
		g.c.log.Debug("message already answered", "message", m.ID)
		return
	}
	if text == "" {
		text = "help"
	}
	req := request(text, m.Author.ID, m.ChannelID)
	req.Thread, req.Follows = m.ID, follows
	if m.GuildID != "" && !mentioned {
		// A reply without a mention: answered only when the bot takes
		// part in the conversation it continues.
		f, ok := g.c.h.(ThreadFollower)
		if !ok || !f.InThread(g.ctx, req) {
			return
		}
	}
	g.c.log.Debug("message", "message", m.ID, "user", req.User)
	// A worker answers; the reply is sent when the answer is ready, and
	// this event's goroutine returns at once.
	answer := g.c.start(req)
	sent := g.c.pool.Extra(func(context.Context) {
		msgs := Messages(<-answer)
		noFail := false
		msgs[0].Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &noFail}
		for _, msg := range msgs {
			if _, err := s.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(g.ctx)); err != nil {
				g.c.log.Error("send reply", "message", m.ID, "channel", m.ChannelID, "err", err)
				return
			}
		}
	})
	if !sent {
		g.c.log.Warn("shutting down; a message is not answered", "message", m.ID)
	}
}

// stripMention removes the bot's mentions (<@ID> and <@!ID>) from a
// message and reports whether there was one.
func stripMention(content, botID string) (string, bool) {
	found := false
	for _, m := range []string{"<@" + botID + ">", "<@!" + botID + ">"} {
		if strings.Contains(content, m) {
			found = true
			content = strings.ReplaceAll(content, m, " ")
		}
	}
	return strings.Join(strings.Fields(content), " "), found
}
