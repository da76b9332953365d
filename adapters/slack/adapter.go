package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/redact"
)

// Handler is the part of talkbot that answers. Handle may take seconds; it
// should stop early when ctx is done. It reports problems in the Answer
// (Error set), never by panicking; a panic is caught, logged and answered
// with an apology.
type Handler = runner.Handler

// ThreadFollower is an optional ability of a Handler: whether the bot takes
// part in the conversation req.Thread names. A message in a thread the bot
// takes part in is a question without a mention; without this ability only
// mentions and direct messages are.
type ThreadFollower = runner.ThreadFollower

// Config holds what the adapter needs from the environment.
type Config struct {
	// BotToken (xoxb-…, SLACK_BOT_TOKEN) posts answers; both transports
	// need it.
	BotToken string
	// AppToken (xapp-…, SLACK_APP_TOKEN) opens Socket Mode connections.
	AppToken string
	// SigningSecret (SLACK_SIGNING_SECRET) checks requests sent over HTTP.
	SigningSecret string
	// AdminToken (xoxp-…, SLACK_ADMIN_TOKEN), optional, is a user token
	// with admin.roles:read from an Enterprise organisation: with it, a
	// channel's managers may change its settings (/talks config …). Slack
	// tells no bot token who manages a channel; without it, only
	// TALKBOT_ADMINS may.
	AdminToken string
	// APIURL replaces https://slack.com/api/ (tests, proxies); optional.
	APIURL string
	// Logger receives the adapter's log lines; slog.Default() when nil.
	// Tokens and the signing secret are never logged.
	Logger *slog.Logger
	// Replays remembers the requests accepted over HTTP, so that one sent
	// again is refused, and the events answered, so that one delivered
	// again (to this replica or another) is answered once; nil keeps them
	// in this process. Replicas should share one.
	Replays Replays
}

// Replays remembers keys for a while. Seen records key for ttl and
// reports whether it was recorded before and its time is not up. An error
// means it could not tell; a signed request is then refused, an event
// answered.
type Replays = runner.Seen

// Platform is the bot.Request.Platform of every request from Slack.
const Platform = "slack"

// Defaults; tests shorten some of them on the values the constructors return.
const (
	defaultWorkers       = runner.DefaultWorkers // answers worked on at once
	defaultCostlyWorkers = defaultWorkers / 2    // of those, costly ones (bot.Costly) at most
	defaultAnswerTimeout = 30 * time.Second      // the core plus posting the answer
	defaultRetryWait     = 30 * time.Second      // longest wait for one rate limit
	defaultRetries       = 3                     // retries after a rate limit
	dedupeTTL            = time.Hour             // how long a handled event is remembered: Slack retries within minutes
	apiTimeout           = 20 * time.Second      // one Web API call
)

// slackAPI lists the slack-go Web API calls the adapter makes; tests give
// it a fake or a *slack.Client pointed at a local server.
type slackAPI interface {
	AuthTestContext(ctx context.Context) (*slackapi.AuthTestResponse, error)
	PostMessageContext(ctx context.Context, channelID string, options ...slackapi.MsgOption) (string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slackapi.MsgOption) (string, error)
}

// newAPI builds the Web API client for cfg.
func newAPI(cfg Config) *slackapi.Client { return newClient(cfg, cfg.BotToken) }

// newClient builds a Web API client for token.
func newClient(cfg Config, token string) *slackapi.Client {
	opts := []slackapi.Option{slackapi.OptionHTTPClient(&http.Client{Timeout: apiTimeout})}
	if cfg.AppToken != "" {
		opts = append(opts, slackapi.OptionAppLevelToken(cfg.AppToken))
	}
	if cfg.APIURL != "" {
		u := cfg.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		opts = append(opts, slackapi.OptionAPIURL(u))
	}
	return slackapi.New(token, opts...)
}

// responder is what both transports share: it asks the core, renders the
// answer and delivers it, with the workers, de-duplication and panic
// recovery of package runner, and rate-limit retries.
type responder struct {
	api  slackAPI
	core Handler
	log  *slog.Logger
	seen *runner.Dedupe
	pool *runner.Pool
	// managers, when set, tells who manages a channel.
	managers *managers

	retryWait time.Duration
	retries   int
	// responseURLOK says whether a response_url may be posted to.
	responseURLOK func(string) bool

	botMu      sync.Mutex
	botUserID  string
	botChecked time.Time
}

// newResponder returns the responder for one transport; shared, when not
// nil, remembers the events answered for every replica.
func newResponder(api slackAPI, core Handler, log *slog.Logger, shared Replays) *responder {
	log = redact.Logger(log).With("adapter", Platform)
	return &responder{
		api:           api,
		core:          core,
		log:           log,
		seen:          runner.NewDedupe(shared, log),
		pool:          runner.New(runner.Config{Workers: defaultWorkers, CostlyWorkers: defaultCostlyWorkers, Timeout: defaultAnswerTimeout, Logger: log}),
		retryWait:     defaultRetryWait,
		retries:       defaultRetries,
		responseURLOK: slackResponseURL,
	}
}

// slackResponseURL accepts the addresses Slack hands out as response_url.
func slackResponseURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" {
		return false
	}
	h := strings.ToLower(u.Hostname())
	for _, d := range []string{"slack.com", "slack-gov.com"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	return false
}

// spawnFor runs job, which answers req, on one of the workers; it returns
// false, and runs nothing, when too many jobs are already waiting. When no
// worker frees up in time, the asker at t is told the bot is busy.
func (r *responder) spawnFor(req bot.Request, t target, job func(ctx context.Context)) bool {
	return r.pool.Go(req, job, func() { r.tellBusy(t) })
}

// An event is checked in two stages: firstHere when it arrives (this
// process only: most events, every message of the channels the bot is in,
// are no question), then firstShared, on a worker, once it is one (the
// store replicas share: no other replica has answered it).

// sharedCheckWithin bounds a look-up in the store replicas share: when it
// has not answered by then, the event counts as new (answered twice at
// worst, never dropped).
const sharedCheckWithin = 2 * time.Second

// firstHere reports whether this process sees the event named key for the
// first time.
func (r *responder) firstHere(key string) bool { return r.seen.FirstHere("slack:"+key, dedupeTTL) }

// firstShared reports whether no replica sharing the store has seen the
// event named key, and records it.
func (r *responder) firstShared(ctx context.Context, key string) bool {
	ctx, cancel := context.WithTimeout(ctx, sharedCheckWithin)
	defer cancel()
	return r.seen.Shared(ctx, "slack:"+key, dedupeTTL)
}

// ask asks the core; ok is false when it panicked. A request that changes
// the channel's settings says whether its asker manages the channel.
func (r *responder) ask(ctx context.Context, req bot.Request) (bot.Answer, bool) {
	if r.managers != nil && runner.ChangesSettings(req.Text) {
		req.Manager = r.managers.manages(ctx, req)
	}
	return runner.Ask(ctx, r.log, r.core, req)
}

// withAdminToken lets the responder ask Slack who manages a channel.
func (r *responder) withAdminToken(cfg Config) {
	if cfg.AdminToken != "" {
		r.managers = newManagers(newClient(cfg, cfg.AdminToken), r.log)
	}
}

func apology() bot.Answer { return bot.Apology("") }
func busy() bot.Answer    { return runner.Busy("") }

// target is where an answer goes.
type target struct {
	channel string
	user    string // the asker, for ephemeral answers
	// threadTS is the thread to answer in; "" for none.
	threadTS string
	// responseURL is a slash command's response_url; "" for events.
	responseURL string
	// im is set for a direct message conversation, which only the asker
	// sees anyway.
	im bool
}

// answer asks the core and delivers its answer; if delivery fails the
// asker gets a short apology instead of silence.
func (r *responder) answer(ctx context.Context, req bot.Request, t target) {
	a, _ := r.ask(ctx, req)
	r.deliverOrApologize(ctx, t, a)
}

// deliverOrApologize delivers a, or an apology when that fails.
func (r *responder) deliverOrApologize(ctx context.Context, t target, a bot.Answer) {
	err := r.deliver(ctx, t, a)
	if err == nil {
		return
	}
	r.log.Error("posting the answer failed", "err", loggable(err), "channel", t.channel, "user", t.user)
	if a.Summary == bot.ApologyText {
		return
	}
	if err := r.deliver(ctx, t, apology()); err != nil {
		r.log.Error("posting the apology failed", "err", loggable(err), "channel", t.channel, "user", t.user)
	}
}

// deliver posts a to t: through the response_url when there is one, as an
// ephemeral message when the answer is private and others could see it,
// else as a message (in the thread when there is one).
func (r *responder) deliver(ctx context.Context, t target, a bot.Answer) error {
	blocks, text := Blocks(a)
	opts := []slackapi.MsgOption{slackapi.MsgOptionBlocks(blocks...), slackapi.MsgOptionText(text, false)}
	priv := a.ForAsker()

	if t.responseURL != "" && r.responseURLOK(t.responseURL) {
		rt := slackapi.ResponseTypeInChannel
		if priv {
			rt = slackapi.ResponseTypeEphemeral
		}
		opts = append(opts, slackapi.MsgOptionResponseURL(t.responseURL, rt))
		return r.withRetry(ctx, "response_url", func(ctx context.Context) error {
			_, _, err := r.api.PostMessageContext(ctx, t.channel, opts...)
			return err
		})
	}
	if t.responseURL != "" {
		r.log.Warn("ignoring a response_url outside Slack", "channel", t.channel)
	}
	if t.threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(t.threadTS))
	}
	if priv && !t.im && t.user != "" {
		return r.withRetry(ctx, "chat.postEphemeral", func(ctx context.Context) error {
			_, err := r.api.PostEphemeralContext(ctx, t.channel, t.user, opts...)
			return err
		})
	}
	return r.withRetry(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := r.api.PostMessageContext(ctx, t.channel, opts...)
		return err
	})
}

// withRetry calls call, and calls it again after waiting when Slack says
// it is rate limited: at most r.retries times, each wait at most
// r.retryWait, and never past ctx.
func (r *responder) withRetry(ctx context.Context, what string, call func(ctx context.Context) error) error {
	for attempt := 0; ; attempt++ {
		err := call(ctx)
		rl, limited := errors.AsType[*slackapi.RateLimitedError](err)
		if !limited || attempt >= r.retries {
			return err
		}
		wait := min(max(rl.RetryAfter, 100*time.Millisecond), r.retryWait)
		r.log.Warn("rate limited by Slack; retrying", "call", what, "retry_after", rl.RetryAfter, "wait", wait, "attempt", attempt+1)
		timer := time.NewTimer(wait)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return fmt.Errorf("%s: %w (gave up waiting: %w)", what, err, ctx.Err())
		}
	}
}

// loggable removes credentials from an error's message: a response_url
// is one for half an hour, and has no place in a log or an error passed on.
func loggable(err error) error { return redact.Error(err) }

// botUser returns the bot's own user ID: from the event's authorizations,
// else from auth.test (asked at most once a minute when lookup is set).
// "" when unknown.
func (r *responder) botUser(ctx context.Context, auths []slackapi.EventAuthorization, lookup bool) string {
	for _, a := range auths {
		if a.IsBot && a.UserID != "" {
			return a.UserID
		}
	}
	r.botMu.Lock()
	defer r.botMu.Unlock()
	if r.botUserID != "" || !lookup || time.Since(r.botChecked) < time.Minute {
		return r.botUserID
	}
	r.botChecked = time.Now()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	res, err := r.api.AuthTestContext(ctx)
	if err != nil {
		r.log.Warn("auth.test failed; the bot's own user ID is unknown", "err", loggable(err))
		return ""
	}
	r.botUserID = res.UserID
	return r.botUserID
}

// identify learns the bot's user ID with auth.test.
func (r *responder) identify(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	res, err := r.api.AuthTestContext(ctx)
	if err != nil {
		return err
	}
	r.botMu.Lock()
	r.botUserID = res.UserID
	r.botChecked = time.Now()
	r.botMu.Unlock()
	r.log.Info("connected to Slack", "team", res.Team, "team_id", res.TeamID, "bot_user", res.UserID)
	return nil
}

// question is a message the bot was asked.
type question struct {
	team, user, channel string
	ts, threadTS        string
	text                string
	im                  bool
	// followUp marks a thread message without a mention: a question only
	// when the bot takes part in the thread.
	followUp bool
}

// questionFrom turns an Events API inner event into a question. ok is false
// for everything the bot must not answer: other event types, messages from
// bots (itself included), edits and other message subtypes, and channel
// messages that do not mention it (those arrive as app_mention).
func questionFrom(teamID, botUserID string, inner any) (q question, ok bool) {
	switch ev := inner.(type) {
	case *slackevents.AppMentionEvent:
		if ev.BotID != "" || ev.User == "" || ev.User == botUserID || ev.Edited != nil {
			return question{}, false
		}
		q = question{user: ev.User, channel: ev.Channel, ts: ev.TimeStamp, threadTS: ev.ThreadTimeStamp, text: ev.Text}
	case *slackevents.MessageEvent:
		if ev.SubType != "" || ev.BotID != "" || ev.User == "" || ev.User == botUserID {
			return question{}, false
		}
		q = question{user: ev.User, channel: ev.Channel, ts: ev.TimeStamp, threadTS: ev.ThreadTimeStamp, text: ev.Text, im: ev.ChannelType == "im"}
		if !q.im {
			// In a channel: only a reply in a thread, and one that does not
			// mention the bot (app_mention brings those).
			if _, mentioned := runner.StripMention(q.text, botUserID); q.threadTS == "" || q.threadTS == q.ts || mentioned {
				return question{}, false
			}
			q.followUp = true
		}
	default:
		return question{}, false
	}
	if q.channel == "" || q.ts == "" {
		return question{}, false
	}
	q.team = teamID
	q.text, _ = runner.StripMention(q.text, botUserID)
	if q.threadTS == "" {
		q.threadTS = q.ts
	}
	return q, true
}

// onQuestion answers q once: a message seen before (the same message can
// arrive as app_mention and as message.im, and a retry at another replica)
// is dropped. A thread message without a mention is checked against the
// other replicas only once it is known to be in a thread of the bot's.
func (r *responder) onQuestion(q question) {
	key := "msg:" + q.channel + "/" + q.ts
	if !r.firstHere(key) {
		return
	}
	req := request(q.text, q.team, q.user, q.channel)
	req.Thread = q.threadTS
	t := target{channel: q.channel, user: q.user, threadTS: q.threadTS, im: q.im}
	if q.followUp {
		// A thread message without a mention: answered only in a thread
		// the bot takes part in, and then without saying busy.
		f, ok := r.core.(ThreadFollower)
		if !ok {
			return
		}
		r.pool.Go(req, func(ctx context.Context) {
			if f.InThread(ctx, req) && r.firstShared(ctx, key) {
				r.answer(ctx, req, t)
			}
		}, nil)
		return
	}
	// The store is asked on the worker: over Socket Mode this runs in the
	// loop that acknowledges envelopes, which a slow database must not hold.
	answer := func(ctx context.Context) {
		if r.firstShared(ctx, key) {
			r.answer(ctx, req, t)
		}
	}
	if !r.spawnFor(req, t, answer) {
		r.log.Warn("too many questions waiting; saying busy", "channel", q.channel)
		r.tellBusy(t)
	}
}

// tellBusy tells the asker the bot is busy, outside the worker limit.
func (r *responder) tellBusy(t target) {
	r.pool.Extra(func(ctx context.Context) {
		ctx, cancel := context.WithTimeout(ctx, apiTimeout)
		defer cancel()
		if err := r.deliver(ctx, t, busy()); err != nil {
			r.log.Error("posting the busy notice failed", "err", loggable(err), "channel", t.channel)
		}
	})
}

// request builds the core's request. An empty question asks for help.
func request(text, teamID, userID, channelID string) bot.Request {
	text = strings.TrimSpace(text)
	if text == "" {
		text = "help"
	}
	return bot.Request{Text: text, User: "slack:" + teamID + "/" + userID, Platform: Platform, Channel: teamID + "/" + channelID}
}
