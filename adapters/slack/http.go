package slack

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/replay"
)

// Paths HTTP serves, as the app manifest names them.
const (
	CommandsPath     = "/slack/commands"
	EventsPath       = "/slack/events"
	InteractionsPath = "/slack/interactions"
)

// HTTP answers Slack's HTTP requests: slash commands, Events API callbacks
// and interactions. Every request must carry a valid signature made with the
// app's signing secret no more than five minutes ago; anything else gets 401
// and is not looked at further.
//
// HTTP is an http.Handler for the three paths; Register adds them to a mux.
// Answers that take longer than Slack waits are posted later, so call
// Shutdown after the server has stopped to let them finish.
type HTTP struct {
	r      *responder
	secret string
	log    *slog.Logger

	// commandDeadline is how long a slash command waits for the answer
	// before acknowledging and posting it later; Slack waits 3 s.
	commandDeadline time.Duration
	// maxBody is the largest request body read; larger gets 413.
	maxBody int64
	// replays remembers the signatures of the requests accepted.
	replays Replays
	// commandsOnly is set without a bot token: slash commands are
	// answered, events only acknowledged (noEvents logs that once).
	commandsOnly bool
	noEvents     sync.Once
}

// replayTTL is how long an accepted request's signature is remembered: a
// timestamp is good for five minutes either side of now, so a request can
// be replayed for at most ten minutes after it was first accepted.
const replayTTL = 10 * time.Minute

// NewHTTP returns the HTTP adapter that passes questions to h.
// cfg.SigningSecret is required. Without cfg.BotToken the app takes slash
// commands only: their answers go in the HTTP response or to response_url,
// and Events API callbacks (mentions, threads) are acknowledged and ignored.
func NewHTTP(cfg Config, h Handler) (*HTTP, error) {
	if err := need(cfg.SigningSecret, "SLACK_SIGNING_SECRET"); err != nil {
		return nil, err
	}
	if h == nil {
		return nil, errors.New("slack: no handler")
	}
	hh := newHTTP(cfg.SigningSecret, newAPI(cfg), h, cfg.Logger, cfg.Replays)
	hh.commandsOnly = cfg.BotToken == ""
	hh.r.withAdminToken(cfg)
	return hh, nil
}

// newHTTP wires the adapter; shared, when not nil, remembers accepted
// requests and answered events for every replica.
func newHTTP(secret string, api slackAPI, h Handler, log *slog.Logger, shared Replays) *HTTP {
	r := newResponder(api, h, log, shared)
	if shared == nil {
		shared = replay.NewMemory()
	}
	return &HTTP{
		r:               r,
		secret:          secret,
		log:             r.log.With("transport", "http"),
		commandDeadline: 2500 * time.Millisecond,
		maxBody:         64 << 10,
		replays:         shared,
	}
}

// Register adds POST /slack/commands, /slack/events and /slack/interactions
// to mux.
func (h *HTTP) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST "+CommandsPath, h.serveCommand)
	mux.HandleFunc("POST "+EventsPath, h.serveEvent)
	mux.HandleFunc("POST "+InteractionsPath, h.serveInteraction)
}

// ServeHTTP serves the three paths (matched by their ending, so HTTP can be
// mounted under a prefix); anything else is 404, other methods 405.
func (h *HTTP) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var serve http.HandlerFunc
	switch {
	case strings.HasSuffix(r.URL.Path, CommandsPath):
		serve = h.serveCommand
	case strings.HasSuffix(r.URL.Path, EventsPath):
		serve = h.serveEvent
	case strings.HasSuffix(r.URL.Path, InteractionsPath):
		serve = h.serveInteraction
	default:
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	serve(w, r)
}

// Shutdown waits until the answers still being worked on have been posted,
// or ctx is done.
func (h *HTTP) Shutdown(ctx context.Context) error {
	return h.r.pool.Close(ctx)
}

// verified reads the body, at most maxBody bytes, checks its signature,
// and that it was not accepted before. On failure it has answered the
// request (413, 400, 401 or 503) and ok is false. A request accepted before
// gets 401, or with ackReplay an empty 200 (Slack's own event retries are
// told they arrived), and is not acted on either way.
func (h *HTTP) verified(w http.ResponseWriter, r *http.Request, ackReplay bool) (body []byte, ok bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
	if err != nil {
		if _, tooBig := errors.AsType[*http.MaxBytesError](err); tooBig {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return nil, false
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return nil, false
	}
	sv, err := slackapi.NewSecretsVerifier(r.Header, h.secret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		h.log.Warn("rejected a request that failed the signature check", "path", r.URL.Path, "reason", verifyReason(err), "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return nil, false
	}
	// A signature covers the timestamp and the body: the same signature
	// again is the same request sent again.
	again, err := h.replays.Seen(r.Context(), "slack:"+r.Header.Get("X-Slack-Signature"), replayTTL)
	if err != nil {
		h.log.Error("cannot check the request against those already accepted; refusing it", "path", r.URL.Path, "err", err.Error())
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return nil, false
	}
	if again {
		h.log.Warn("rejected a request already accepted once (a replay)", "path", r.URL.Path, "remote", r.RemoteAddr)
		if ackReplay {
			w.WriteHeader(http.StatusOK)
			return nil, false
		}
		http.Error(w, "request already received", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

// verifyReason names a verification failure without echoing the request.
func verifyReason(err error) string {
	switch {
	case errors.Is(err, slackapi.ErrMissingHeaders):
		return "missing headers"
	case errors.Is(err, slackapi.ErrExpiredTimestamp):
		return "stale timestamp"
	case errors.Is(err, slackapi.ErrInvalidSignature):
		return "bad signature"
	}
	return "malformed signature headers"
}

// commandResponse is a slash command's answer, as the HTTP response or a
// response_url post.
type commandResponse struct {
	ResponseType string           `json:"response_type"`
	Text         string           `json:"text"`
	Blocks       []slackapi.Block `json:"blocks,omitempty"`
}

// serveCommand answers /talks. An answer ready within commandDeadline is
// the HTTP response itself; otherwise the command is acknowledged with an
// empty 200 at the deadline and the answer is posted to response_url.
func (h *HTTP) serveCommand(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	body, ok := h.verified(w, r, false)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil || form.Get("user_id") == "" {
		http.Error(w, "malformed slash command", http.StatusBadRequest)
		return
	}
	req := request(form.Get("text"), form.Get("team_id"), form.Get("user_id"), form.Get("channel_id"))
	t := target{channel: form.Get("channel_id"), user: form.Get("user_id"), responseURL: form.Get("response_url")}

	var (
		mu     sync.Mutex
		ready  = make(chan bot.Answer, 1)
		gaveUp bool
	)
	spawned := h.r.spawnFor(req, t, func(ctx context.Context) {
		a, _ := h.r.ask(ctx, req)
		mu.Lock()
		late := gaveUp
		if !late {
			ready <- a
		}
		mu.Unlock()
		if late {
			h.r.deliverOrApologize(ctx, t, a)
		}
	})
	if !spawned {
		h.log.Warn("too many questions waiting; saying busy")
		writeCommandAnswer(w, busy())
		return
	}

	timer := time.NewTimer(h.commandDeadline - time.Since(start))
	defer timer.Stop()
	select {
	case a := <-ready:
		writeCommandAnswer(w, a)
		return
	case <-timer.C:
	case <-r.Context().Done():
	}
	mu.Lock()
	gaveUp = true
	mu.Unlock()
	select {
	case a := <-ready: // it made it after all
		writeCommandAnswer(w, a)
	default:
		w.WriteHeader(http.StatusOK) // the answer goes to response_url
	}
}

func writeCommandAnswer(w http.ResponseWriter, a bot.Answer) {
	blocks, text := Blocks(a)
	res := commandResponse{ResponseType: slackapi.ResponseTypeInChannel, Text: text, Blocks: blocks}
	if a.ForAsker() {
		res.ResponseType = slackapi.ResponseTypeEphemeral
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(res)
}

// serveEvent acknowledges an Events API request at once and answers a
// mention or direct message in its thread afterwards. url_verification is
// answered with its challenge. An event seen before (Slack retries with
// X-Slack-Retry-Num when it thinks it went unanswered) is acknowledged and
// otherwise ignored.
func (h *HTTP) serveEvent(w http.ResponseWriter, r *http.Request) {
	body, ok := h.verified(w, r, true)
	if !ok {
		return
	}
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
		EventID   string `json:"event_id"`
	}
	if err := json.Unmarshal(body, &outer); err != nil || outer.Type == "" {
		http.Error(w, "malformed event", http.StatusBadRequest)
		return
	}
	switch outer.Type {
	case slackevents.URLVerification:
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, outer.Challenge)
		return
	case slackevents.CallbackEvent:
		if h.commandsOnly {
			h.noEvents.Do(func() {
				h.log.Warn("ignoring Events API callbacks: answering mentions and threads needs SLACK_BOT_TOKEN")
			})
			w.WriteHeader(http.StatusOK)
			return
		}
	default:
		w.WriteHeader(http.StatusOK)
		return
	}

	// An event ID is remembered here; a retry sent to another replica is
	// caught there once it turns out to be a question (onQuestion checks
	// the store replicas share), so that the channel traffic that is no
	// question costs the store nothing.
	if outer.EventID != "" && !h.r.firstHere("event:"+outer.EventID) {
		h.log.Debug("event delivered again; already handled", "event_id", outer.EventID,
			"retry", r.Header.Get("X-Slack-Retry-Num"), "reason", r.Header.Get("X-Slack-Retry-Reason"))
		w.WriteHeader(http.StatusOK)
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	w.WriteHeader(http.StatusOK)
	if err != nil {
		h.log.Debug("ignoring an event", "err", loggable(err))
		return
	}
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return
	}
	// Finding the bot's user ID may take a call to Slack: do it after the
	// acknowledgement, with the answer.
	h.r.pool.Extra(func(ctx context.Context) {
		ctx, cancel := context.WithTimeout(ctx, apiTimeout)
		defer cancel()
		q, ok := questionFrom(ev.TeamID, h.r.botUser(ctx, cb.Authorizations, true), ev.InnerEvent.Data)
		if ok {
			h.r.onQuestion(q)
		}
	})
}

// serveInteraction acknowledges interactions at once and records presses
// of the feedback buttons.
func (h *HTTP) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, ok := h.verified(w, r, false)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil || !json.Valid([]byte(form.Get("payload"))) {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	cb, err := parseInteraction(form.Get("payload"))
	if err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	h.r.onInteraction(cb)
}
