package discord

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/redact"
)

// Handler answers one request. It is the bot core as the adapter sees it.
//
// Handle must be safe for concurrent use. It should return within a few
// seconds and stop early when ctx is done; an answer that reports a problem
// to the user sets bot.Answer.Error. A panic in Handle is recovered, logged
// and reported to the user as an apology.
type Handler = runner.Handler

// ThreadFollower is an optional ability of a Handler: whether the bot
// takes part in the conversation req continues (req.Follows). A reply to
// one of the bot's answers that does not mention it is answered only then.
type ThreadFollower = runner.ThreadFollower

// SpeakerLister is an optional ability of a Handler: the names of the
// speakers it knows, used to autocomplete the person option of
// /talks quotes. When the Handler does not implement it, autocomplete offers
// no choices.
type SpeakerLister interface {
	Speakers() []string
}

// Config configures the Discord adapter.
type Config struct {
	// Token is the bot token (DISCORD_BOT_TOKEN), without the "Bot " prefix.
	// Required for the gateway; optional for HTTP interactions, whose
	// follow-up calls go to webhook endpoints that need no authorization.
	Token string
	// AppID is the application ID. Optional: the gateway reads it from the
	// READY event, HTTP interactions from each interaction.
	AppID string
	// GuildID (DISCORD_GUILD_ID), when set, registers /talks in that guild
	// only, where changes show at once; otherwise it is registered globally.
	GuildID string
	// PublicKey is the application's Ed25519 public key in hex
	// (DISCORD_PUBLIC_KEY). Required for HTTP interactions.
	PublicKey string
	// MessageContent asks the gateway for the privileged Message Content
	// intent. It must also be enabled in the Developer Portal, or Discord
	// closes the connection. Mentions, direct messages and slash commands
	// work without it.
	MessageContent bool
	// APIURL (DISCORD_API_URL), when set, is where REST calls go instead
	// of Discord's API (https://discord.com/api/v9/ for this SDK): a proxy,
	// or a local server in tests. It must end with the version's slash.
	APIURL string
	// Logger receives the adapter's logs; nil means slog.Default().
	Logger *slog.Logger
	// Replays remembers the interactions received over HTTP, so that one
	// sent again is refused, and the gateway events answered, so that one
	// delivered again (to this replica or another) is answered once; nil
	// keeps them in this process. Replicas should share one.
	Replays Replays
}

// Replays remembers keys for a while. Seen records key for ttl and
// reports whether it was recorded before and its time is not up. An error
// means it could not tell; an interaction received over HTTP is then
// refused, a gateway event answered.
type Replays = runner.Seen

// Platform is the bot.Request.Platform of requests from Discord.
const Platform = "discord"

// Timing defaults. Discord wants an interaction response within three
// seconds and keeps the interaction token valid for fifteen minutes.
const (
	gatewayReplyWithin = 2 * time.Second
	httpReplyWithin    = 2500 * time.Millisecond
	answerTimeout      = 2 * time.Minute
	drainTimeout       = 5 * time.Second
	maxBodyBytes       = 64 << 10
	signatureMaxAge    = 5 * time.Minute
)

// option adjusts an adapter; used by tests to reach local fakes.
type option func(*settings)

type settings struct {
	client      *http.Client
	replyWithin time.Duration
	timeout     time.Duration
	now         func() time.Time
}

// withHTTPClient makes every REST call, including GET /gateway that yields
// the websocket URL, go through c.
func withHTTPClient(c *http.Client) option { return func(s *settings) { s.client = c } }

// withReplyWithin sets how long to wait for an answer before deferring.
func withReplyWithin(d time.Duration) option { return func(s *settings) { s.replyWithin = d } }

// withClock replaces time.Now for the signature's timestamp window.
func withClock(now func() time.Time) option { return func(s *settings) { s.now = now } }

func newSettings(replyWithin time.Duration, apiURL string, opts []option) settings {
	s := settings{replyWithin: replyWithin, timeout: answerTimeout, now: time.Now}
	if apiURL != "" {
		s.client = apiClient(apiURL)
	}
	for _, o := range opts {
		o(&s)
	}
	return s
}

// apiClient is an HTTP client that sends the SDK's calls to Discord's API
// to apiURL instead.
func apiClient(apiURL string) *http.Client {
	target, err := url.Parse(apiURL)
	if err != nil || target.Host == "" {
		return nil
	}
	return &http.Client{Timeout: 20 * time.Second, Transport: redirectAPI{target: target, next: http.DefaultTransport}}
}

// redirectAPI rewrites https://discord.com/api/vN/… to target + ….
type redirectAPI struct {
	target *url.URL
	next   http.RoundTripper
}

func (ra redirectAPI) RoundTrip(r *http.Request) (*http.Response, error) {
	prefix := "/api/v" + discordgo.APIVersion + "/"
	if !strings.HasPrefix(r.URL.Path, prefix) {
		return ra.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	rest := strings.TrimPrefix(r.URL.Path, prefix)
	r.URL.Scheme, r.URL.Host, r.Host = ra.target.Scheme, ra.target.Host, ""
	r.URL.Path = strings.TrimSuffix(ra.target.Path, "/") + "/" + rest
	r.URL.RawPath = ""
	return ra.next.RoundTrip(r)
}

// core is what the gateway and the HTTP endpoint share: the workers and
// de-duplication of package runner, calling the Handler safely and
// answering interactions.
type core struct {
	h    Handler
	log  *slog.Logger
	set  settings
	seen *runner.Dedupe
	pool *runner.Pool
}

// Workers: answers worked on at once, and of those costly ones at most.
const (
	workers       = runner.DefaultWorkers
	costlyWorkers = workers / 2
)

func newCore(cfg Config, h Handler, set settings) (*core, error) {
	if h == nil {
		return nil, errors.New("discord: nil Handler")
	}
	log := redact.Logger(cfg.Logger).With("adapter", Platform)
	// A job's time covers waiting for a worker, answering and sending.
	pool := runner.New(runner.Config{Workers: workers, CostlyWorkers: costlyWorkers, Timeout: set.timeout + drainTimeout, Logger: log})
	var shared runner.Seen
	if cfg.Replays != nil {
		shared = cfg.Replays
	}
	return &core{h: h, log: log, set: set, seen: runner.NewDedupe(shared, log), pool: pool}, nil
}

// newRESTSession returns a discordgo session configured for REST calls.
func newRESTSession(token string, set settings) (*discordgo.Session, error) {
	s, err := discordgo.New("")
	if err != nil {
		return nil, err
	}
	if token != "" {
		s.Token = "Bot " + token
		s.Identify.Token = s.Token
	}
	if set.client != nil {
		s.Client = set.client
	}
	s.LogLevel = discordgo.LogError
	return s, nil
}

// start hands the question to a worker and delivers the answer on the
// returned channel: the Handler's, or an apology when it panicked, a
// timeout notice when it overran the answer timeout, or a busy notice when
// too many questions wait.
func (c *core) start(req bot.Request) <-chan bot.Answer {
	out := make(chan bot.Answer, 1)
	var once sync.Once
	deliver := func(a bot.Answer) { once.Do(func() { out <- a }) }
	ok := c.pool.Go(req, func(ctx context.Context) {
		ctx, cancel := context.WithTimeout(ctx, c.set.timeout)
		defer cancel()
		stop := context.AfterFunc(ctx, func() {
			c.log.Warn("handler did not answer in time", "user", req.User, "timeout", c.set.timeout)
			deliver(bot.Answer{Question: req.Text, Intent: bot.None, Error: true,
				Summary: "Sorry, that took too long. Please try again."})
		})
		a, _ := runner.Ask(ctx, c.log, c.h, req)
		stop()
		deliver(a)
	}, func() { deliver(runner.Busy(req.Text)) })
	if !ok {
		c.log.Warn("too many questions waiting; saying busy", "user", req.User)
		deliver(runner.Busy(req.Text))
	}
	return out
}

// userOf returns the ID of the user who sent an interaction.
func userOf(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// request builds the bot.Request for text from a Discord user in a
// channel.
func request(text, userID, channelID string) bot.Request {
	r := bot.Request{Text: strings.TrimSpace(text), Platform: Platform, Channel: channelID}
	if userID != "" {
		r.User = Platform + ":" + userID
	}
	return r
}

// errNotTalks reports an interaction for a command other than /talks.
var errNotTalks = errors.New("not a /talks command")

// commandText maps a /talks interaction to the request text:
// ask QUESTION → QUESTION, status TOPIC → "status TOPIC", sources → "sources".
func commandText(data discordgo.ApplicationCommandInteractionData) (string, error) {
	if data.Name != CommandName {
		return "", errNotTalks
	}
	if len(data.Options) == 0 || data.Options[0].Type != discordgo.ApplicationCommandOptionSubCommand {
		return "help", nil
	}
	sub := data.Options[0]
	arg := func(name string) string {
		for _, o := range sub.Options {
			if o.Name == name {
				if s, ok := o.Value.(string); ok {
					return strings.Join(strings.Fields(s), " ")
				}
			}
		}
		return ""
	}
	join := func(word, rest string) string {
		if rest == "" {
			return word
		}
		return word + " " + rest
	}
	switch sub.Name {
	case "ask":
		if q := arg("question"); q != "" {
			return q, nil
		}
		return "help", nil
	case "status":
		return join("status", arg("topic")), nil
	case "who":
		return join("who", arg("words")), nil
	case "quotes":
		return join("quotes", arg("person")), nil
	case "timeline":
		return join("timeline", arg("topic")), nil
	case "sources":
		return "sources", nil
	case "config":
		return join("config", arg("setting")), nil
	case "help":
		return "help", nil
	case "add":
		return join("add", arg("url")), nil
	case "subscribe":
		text := join("subscribe", arg("topic"))
		if d := arg("daily"); d != "" {
			text += " daily " + d
		}
		return text, nil
	case "unsubscribe":
		return join("unsubscribe", arg("topic")), nil
	case "subscriptions":
		return "subscriptions", nil
	}
	return "help", nil
}

// seenTTL is how long a gateway event's ID is remembered: a resume that
// replays events does so within minutes.
const seenTTL = 30 * time.Minute

// firstSight reports whether the event id is new within seenTTL, and
// remembers it, so that an event delivered twice (a gateway resume that
// replays, or the same event on another replica sharing the store) is
// answered once, however many others came between. The store replicas
// share gets at most a second of an interaction's three: when it has not
// answered by then the event counts as new.
func (c *core) firstSight(id string) bool {
	ctx, cancel := context.WithTimeout(context.Background(), sharedCheckWithin)
	defer cancel()
	return c.seen.First(ctx, "discord:"+id, seenTTL)
}

// sharedCheckWithin bounds a look-up in the store replicas share.
const sharedCheckWithin = time.Second

// firstHere is firstSight in this process only, for a message that may
// not be a question at all; firstShared then checks it against the other
// replicas once it is one.
func (c *core) firstHere(id string) bool { return c.seen.FirstHere("discord:"+id, seenTTL) }

func (c *core) firstShared(ctx context.Context, id string) bool {
	ctx, cancel := context.WithTimeout(ctx, sharedCheckWithin)
	defer cancel()
	return c.seen.Shared(ctx, "discord:"+id, seenTTL)
}
