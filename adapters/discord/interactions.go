package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/internal/panics"
	"github.com/talkbot/talkbot/internal/replay"
)

// Interactions is the http.Handler for Discord's Interactions Endpoint URL,
// served by `talkbot serve` at POST /discord/interactions.
//
// Every request is checked before it is parsed: the body is limited to 64 KB
// (413 beyond), and the Ed25519 signature over timestamp+body
// (X-Signature-Ed25519, X-Signature-Timestamp) must verify with the public
// key and the timestamp must be within five minutes of now; otherwise the
// answer is 401 and the Handler is not called. A PING gets a PONG; /talks
// gets its answer in the HTTP response when it is ready within 2.5 seconds,
// else a deferred response, and the answer is then sent by editing the
// original response through Discord's REST API; autocomplete gets choices.
type Interactions struct {
	c       *core
	key     ed25519.PublicKey
	rest    *discordgo.Session
	replays Replays
	ctx     context.Context // parent of answers that outlive their request
	stop    context.CancelFunc
}

// replayTTL is how long an interaction's ID is remembered: its timestamp
// is good for five minutes either side of now, so it can be sent again
// for at most ten minutes after it was first accepted.
const replayTTL = 2 * signatureMaxAge

// NewInteractions returns the HTTP interactions handler for cfg.PublicKey
// (hex, required) that answers with h. cfg.Token is optional: the REST calls
// after a response go to webhook endpoints that need no authorization.
func NewInteractions(cfg Config, h Handler) (*Interactions, error) {
	return newInteractions(cfg, h)
}

func newInteractions(cfg Config, h Handler, opts ...option) (*Interactions, error) {
	raw, err := hex.DecodeString(strings.TrimSpace(cfg.PublicKey))
	if err != nil || len(raw) != ed25519.PublicKeySize {
		return nil, errors.New("discord: DISCORD_PUBLIC_KEY must be the application's 32-byte Ed25519 public key in hex")
	}
	set := newSettings(httpReplyWithin, cfg.APIURL, opts)
	c, err := newCore(cfg, h, set)
	if err != nil {
		return nil, err
	}
	rest, err := newRESTSession(strings.TrimPrefix(strings.TrimSpace(cfg.Token), "Bot "), set)
	if err != nil {
		return nil, err
	}
	it := &Interactions{c: c, key: ed25519.PublicKey(raw), rest: rest, replays: cfg.Replays}
	if it.replays == nil {
		it.replays = replay.NewMemory()
	}
	it.ctx, it.stop = context.WithCancel(context.Background())
	return it, nil
}

// ServeHTTP answers one interaction.
func (it *Interactions) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if p := panics.Call(func() { it.serve(w, r) }); p != nil {
		p.Log(it.c.log, "interaction handler panicked")
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

// serve is ServeHTTP, unguarded.
func (it *Interactions) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.ContentLength > maxBodyBytes {
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	if err := it.verify(r.Header, body); err != nil {
		it.c.log.Warn("rejected interaction", "reason", err.Error(), "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}

	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	switch i.Type {
	case discordgo.InteractionPing:
		writeJSON(w, discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommand:
		it.command(r.Context(), w, &i)
	case discordgo.InteractionApplicationCommandAutocomplete:
		writeJSON(w, it.c.autocomplete(&i))
	case discordgo.InteractionMessageComponent:
		again, err := it.replays.Seen(r.Context(), "discord:interaction:"+i.ID, replayTTL)
		switch {
		case err != nil:
			it.c.log.Error("cannot check the interaction against those already answered; refusing it", "interaction", i.ID, "err", err.Error())
			http.Error(w, "try again later", http.StatusServiceUnavailable)
		case again:
			http.Error(w, "interaction already answered", http.StatusConflict)
		default:
			writeJSON(w, it.c.component(r.Context(), &i))
		}
	default:
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
	}
}

func (it *Interactions) command(ctx context.Context, w http.ResponseWriter, i *discordgo.Interaction) {
	again, err := it.replays.Seen(ctx, "discord:interaction:"+i.ID, replayTTL)
	if err != nil {
		it.c.log.Error("cannot check the interaction against those already answered; refusing it", "interaction", i.ID, "err", err.Error())
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if again {
		it.c.log.Warn("interaction already answered (a replay)", "interaction", i.ID)
		http.Error(w, "interaction already answered", http.StatusConflict)
		return
	}
	first, later := it.c.replyCommand(it.ctx, i, it.rest)
	writeJSON(w, first)
	if later == nil {
		return
	}
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	if !it.c.pool.Extra(func(context.Context) { later() }) {
		it.c.log.Warn("shutting down; the answer to an interaction is not sent", "interaction", i.ID)
	}
}

// Shutdown stops taking commands and waits until the answers still being
// sent are sent, or ctx is done.
func (it *Interactions) Shutdown(ctx context.Context) error {
	err := it.c.pool.Close(ctx)
	it.stop()
	return err
}

// verify checks the request's signature and timestamp.
func (it *Interactions) verify(h http.Header, body []byte) error {
	sigHex, ts := h.Get("X-Signature-Ed25519"), h.Get("X-Signature-Timestamp")
	if sigHex == "" || ts == "" {
		return errors.New("missing signature headers")
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return errors.New("malformed signature")
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(it.key, msg, sig) {
		return errors.New("bad signature")
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errors.New("malformed timestamp")
	}
	if age := it.c.set.now().Sub(time.Unix(secs, 0)); age > signatureMaxAge || age < -signatureMaxAge {
		return errors.New("timestamp outside the five-minute window")
	}
	return nil
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}
