package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// SocketMode answers Slack over a Socket Mode connection: no public address
// is needed. Create it with NewSocketMode and call Run.
type SocketMode struct {
	r      *responder
	client *socketmode.Client
	log    *slog.Logger

	// connected is set when a connection opened since the last RunContext.
	connected atomic.Bool
	// envelopes counts the envelopes handled: acknowledged, and any work
	// they bring handed to the pool. Tests wait for it before they check
	// that nothing more happens.
	envelopes atomic.Int64

	minBackoff, maxBackoff time.Duration
	ackTimeout             time.Duration
	// shutdownGrace is how long Run waits for answers in progress.
	shutdownGrace time.Duration
}

// NewSocketMode returns a Socket Mode adapter that passes questions to h.
// cfg.BotToken (xoxb-…) and cfg.AppToken (xapp-…, with the
// connections:write scope) are required.
func NewSocketMode(cfg Config, h Handler) (*SocketMode, error) {
	if err := need(cfg.BotToken, "SLACK_BOT_TOKEN"); err != nil {
		return nil, err
	}
	if err := need(cfg.AppToken, "SLACK_APP_TOKEN"); err != nil {
		return nil, err
	}
	if !strings.HasPrefix(cfg.AppToken, "xapp-") {
		return nil, errors.New("slack: SLACK_APP_TOKEN must be an app-level token (xapp-…)")
	}
	if h == nil {
		return nil, errors.New("slack: no handler")
	}
	api := newAPI(cfg)
	s := newSocketMode(socketmode.New(api), api, h, cfg.Logger, cfg.Replays)
	s.r.withAdminToken(cfg)
	return s, nil
}

// newSocketMode wires a Socket Mode client and a Web API client (the same
// one in production, a fake in some tests) to the core.
func newSocketMode(client *socketmode.Client, api slackAPI, h Handler, log *slog.Logger, shared Replays) *SocketMode {
	r := newResponder(api, h, log, shared)
	return &SocketMode{
		r:             r,
		client:        client,
		log:           r.log.With("transport", "socket_mode"),
		minBackoff:    time.Second,
		maxBackoff:    2 * time.Minute,
		ackTimeout:    3 * time.Second,
		shutdownGrace: 10 * time.Second,
	}
}

func need(v, name string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("slack: %s is not set", name)
	}
	return nil
}

// Run connects and answers until ctx is done, then waits briefly for answers
// in progress and returns nil. Lost connections are reopened with backoff
// for as long as ctx lasts; Run returns an error only when Slack rejects the
// tokens (invalid, revoked, inactive), which retrying cannot fix.
func (s *SocketMode) Run(ctx context.Context) error {
	if err := s.r.identify(ctx); err != nil {
		if fatal(err) {
			return fmt.Errorf("slack: bot token rejected: %w", err)
		}
		if ctx.Err() != nil {
			return nil
		}
		s.log.Warn("auth.test failed; going on without the bot's user ID", "err", loggable(err))
	}

	runCtx, stop := context.WithCancel(ctx)
	var drained sync.WaitGroup
	drained.Go(func() { s.drain(runCtx) })

	err := s.connectLoop(runCtx)

	stop()
	drained.Wait()
	graceCtx, cancel := context.WithTimeout(context.Background(), s.shutdownGrace)
	defer cancel()
	if werr := s.r.pool.Close(graceCtx); werr != nil {
		s.log.Warn("stopped with answers still in progress")
	}
	return err
}

// connectLoop runs the Socket Mode client, reconnecting with backoff when
// it gives up, until ctx is done or the tokens are rejected.
func (s *SocketMode) connectLoop(ctx context.Context) error {
	backoff := s.minBackoff
	for {
		s.connected.Store(false)
		err := s.client.RunContext(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if fatal(err) {
			return fmt.Errorf("slack: Socket Mode connection rejected: %w", err)
		}
		if s.connected.Load() {
			backoff = s.minBackoff
		}
		s.log.Warn("Socket Mode connection lost; reconnecting", "err", loggable(err), "in", backoff)
		timer := time.NewTimer(backoff)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return nil
		}
		backoff = min(2*backoff, s.maxBackoff)
	}
}

// fatal reports whether err says the tokens are no good.
func fatal(err error) bool {
	if err == nil {
		return false
	}
	switch err.Error() {
	case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "not_allowed_token_type":
		return true
	}
	return false
}

// drain reads the client's events until ctx is done, acknowledging every
// envelope before anything else happens to it.
func (s *SocketMode) drain(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case evt := <-s.client.Events:
			s.handle(ctx, evt)
			if envelopeID(evt.Request) != "" {
				s.envelopes.Add(1)
			}
		}
	}
}

func (s *SocketMode) handle(ctx context.Context, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		s.log.Debug("connecting")
	case socketmode.EventTypeConnected:
		s.connected.Store(true)
		s.log.Info("Socket Mode connected")
	case socketmode.EventTypeHello:
		s.log.Debug("hello")
	case socketmode.EventTypeConnectionError:
		s.log.Warn("Socket Mode connection failed", "err", eventErr(evt.Data))
	case socketmode.EventTypeInvalidAuth:
		s.log.Error("Slack refused the Socket Mode connection (app token rejected or endpoint not found)")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		s.log.Warn("Socket Mode error", "type", evt.Type, "err", eventErr(evt.Data))

	case socketmode.EventTypeEventsAPI:
		s.ack(ctx, evt.Request)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return
		}
		s.onEventsAPI(ctx, ev, envelopeID(evt.Request))

	case socketmode.EventTypeSlashCommand:
		s.ack(ctx, evt.Request)
		cmd, ok := evt.Data.(slackapi.SlashCommand)
		if !ok {
			return
		}
		s.once(envelopeID(evt.Request), func() { s.onCommand(cmd) })

	case socketmode.EventTypeInteractive:
		s.ack(ctx, evt.Request)
		if cb, ok := evt.Data.(slackapi.InteractionCallback); ok {
			s.once(envelopeID(evt.Request), func() { s.r.onInteraction(cb) })
		}

	case socketmode.EventTypeErrorBadMessage:
		// An envelope slack-go could not parse (an event type it does not
		// know, say) is still acknowledged, or Slack sends it again.
		if bad, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(bad.Message, &env) == nil && env.EnvelopeID != "" {
				s.ack(ctx, &socketmode.Request{EnvelopeID: env.EnvelopeID})
			}
			s.log.Debug("ignoring a message slack-go could not parse", "err", bad.Cause)
		}
	default:
		s.log.Debug("ignoring a Socket Mode event", "type", evt.Type)
	}
}

// once runs act for the envelope id unless this process or another
// replica has seen it: this process is asked at once, the store replicas
// share off the loop that acknowledges envelopes, which a slow database
// must not hold.
func (s *SocketMode) once(id string, act func()) {
	if id == "" {
		act()
		return
	}
	if !s.r.firstHere("envelope:" + id) {
		s.log.Debug("envelope delivered again; already answered", "envelope_id", id)
		return
	}
	s.r.pool.Extra(func(ctx context.Context) {
		if s.r.firstShared(ctx, "envelope:"+id) {
			act()
		}
	})
}

func envelopeID(req *socketmode.Request) string {
	if req == nil {
		return ""
	}
	return req.EnvelopeID
}

func eventErr(data any) any {
	switch d := data.(type) {
	case *slackapi.ConnectionErrorEvent:
		return loggable(d.ErrorObj)
	case *slackapi.IncomingEventError:
		return loggable(d.ErrorObj)
	case *socketmode.ErrorWriteFailed:
		return loggable(d.Cause)
	}
	return data
}

// ack acknowledges an envelope with an empty payload.
func (s *SocketMode) ack(ctx context.Context, req *socketmode.Request) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, s.ackTimeout)
	defer cancel()
	if err := s.client.AckCtx(ctx, req.EnvelopeID, nil); err != nil {
		s.log.Warn("acknowledging an envelope failed", "envelope_id", req.EnvelopeID, "err", loggable(err))
	}
}

// onEventsAPI answers a mention or a direct message once.
func (s *SocketMode) onEventsAPI(ctx context.Context, ev slackevents.EventsAPIEvent, envelope string) {
	if ev.Type != slackevents.CallbackEvent {
		return
	}
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return
	}
	id := cb.EventID
	if id == "" {
		id = envelope
	}
	if !s.r.firstHere("event:" + id) {
		s.log.Debug("event delivered again; already handled", "event_id", id)
		return
	}
	q, ok := questionFrom(ev.TeamID, s.r.botUser(ctx, cb.Authorizations, false), ev.InnerEvent.Data)
	if !ok {
		return
	}
	s.r.onQuestion(q)
}

// onCommand answers /talks through its response_url (or the channel when
// there is none).
func (s *SocketMode) onCommand(cmd slackapi.SlashCommand) {
	req := request(cmd.Text, cmd.TeamID, cmd.UserID, cmd.ChannelID)
	t := target{channel: cmd.ChannelID, user: cmd.UserID, responseURL: cmd.ResponseURL}
	if !s.r.spawnFor(req, t, func(ctx context.Context) { s.r.answer(ctx, req, t) }) {
		s.log.Warn("too many questions waiting; saying busy", "channel", cmd.ChannelID)
		s.r.tellBusy(t)
	}
}
