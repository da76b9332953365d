package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"
)

// ErrNotFound is returned by a Conversations or Feedback implementation
// for a record that does not exist (never made, or forgotten).
var ErrNotFound = errors.New("not found")

// Turn is one question and its answer in a conversation, as the bot
// remembers it.
type Turn struct {
	// ID is given by Conversations.Remember.
	ID string `json:"id"`
	// Thread is the conversation's key: platform, channel and thread.
	Thread   string `json:"thread"`
	Platform string `json:"platform"`
	Channel  string `json:"channel"`
	// Question is the question as the bot read it: a follow-up is kept in
	// full ("what else did Blinken say", not "what else did he say").
	Question string `json:"question"`
	// Asked is the question as parsed, kept so a follow-up can change
	// some of its parts and ask again.
	Asked  Question  `json:"asked"`
	Answer Answer    `json:"answer"`
	At     time.Time `json:"at"`
}

// Conversations keep the turns of each conversation, so that a follow-up
// is read in the light of the ones before it, after a restart or on another
// replica too. Implementations are safe for concurrent use.
type Conversations interface {
	// Remember stores t (its ID empty) and returns the ID it was given.
	Remember(ctx context.Context, t Turn) (string, error)
	// Recent returns up to n of a thread's newest turns made at or after
	// since, oldest first; a thread with none is not an error.
	Recent(ctx context.Context, thread string, since time.Time, n int) ([]Turn, error)
	// Turn returns the turn with the given ID, or ErrNotFound.
	Turn(ctx context.Context, id string) (Turn, error)
}

// Vote is one 👍 or 👎 on an answer, with what was answered.
type Vote struct {
	TurnID string `json:"turn_id"`
	// UserHash is a hash of the voter's Request.User, never the id itself.
	UserHash string    `json:"user_hash"`
	Up       bool      `json:"up"`
	Platform string    `json:"platform"`
	Channel  string    `json:"channel"`
	Question string    `json:"question"`
	Items    []Item    `json:"answers"`
	At       time.Time `json:"at"`
}

// Feedback records votes on answers.
type Feedback interface {
	// RecordVote stores v unless the same user has voted on the same turn
	// already; it reports whether v was recorded.
	RecordVote(ctx context.Context, v Vote) (bool, error)
}

// ChannelSettings are a channel's defaults.
type ChannelSettings struct {
	// Topic is the negotiation a question means when it names none.
	Topic string `json:"topic,omitempty"`
	// Private answers are shown only to the asker where the platform can.
	Private bool `json:"private,omitempty"`
}

// Settings keep per-channel settings; channel is Request.Platform + ":" +
// Request.Channel. A channel never configured has the zero ChannelSettings
// and no error.
type Settings interface {
	ChannelSettings(ctx context.Context, channel string) (ChannelSettings, error)
	SetChannelSettings(ctx context.Context, channel string, s ChannelSettings) error
}

// HashUser hashes a Request.User for records that must not hold the id.
func HashUser(user string) string {
	sum := sha256.Sum256([]byte("talkbot user\x00" + user))
	return hex.EncodeToString(sum[:16])
}
