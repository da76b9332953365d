package bot

// Request is one question or command as an adapter received it.
type Request struct {
	// Text is what the user asked, without the bot's mention or the slash
	// command's name: "who said war is not the solution", "status gaza",
	// "quotes Blinken", "help". A leading command word (status, timeline,
	// quotes, who, sources, help, reload, or one registered in
	// Options.Commands) selects that command.
	Text string
	// User identifies the asker across platforms ("slack:T1/U2",
	// "discord:1234"); used for per-user rate limits and admin commands.
	// Empty for local use (console, ask).
	User string
	// Platform names the adapter ("slack", "discord", "console", "http").
	Platform string
	// Channel identifies where the question was asked, unique within the
	// platform ("T1/C2" in Slack, a channel id in Discord); empty for local
	// use. Per-channel settings are kept under it.
	Channel string
	// Thread identifies the conversation the question belongs to within
	// the channel (Slack: the thread's root ts; Discord: the thread's
	// channel id or the bot's message replied to). Empty when the question
	// is not part of a conversation; with Conversations set, a non-empty
	// Thread makes the question a turn that later ones are read against.
	Thread string
	// Follows, when set, names the conversation this message continues
	// when that is not Thread itself: in Discord a reply to the bot's
	// answer continues the conversation of the message it answered. The
	// earlier turns are read from Follows, and this turn is kept under
	// Thread, for the replies to come.
	Follows string
	// Manager is set by an adapter that knows the user manages the channel
	// (a Slack channel manager); managers may change channel settings.
	Manager bool
}

// conversation is the key a thread's turns are kept under.
func (r Request) conversation() string {
	if r.Thread == "" {
		return ""
	}
	return r.Platform + ":" + r.Channel + ":" + r.Thread
}

// continues is the key of the conversation the request continues: Follows
// when set, else its own.
func (r Request) continues() string {
	if r.Follows == "" {
		return r.conversation()
	}
	return r.Platform + ":" + r.Channel + ":" + r.Follows
}

// Costly reports whether answering text reads across the whole corpus
// (status, timeline, sources) rather than a handful of search hits.
// Adapters give such requests no more than their share of the workers, so
// that a burst of them cannot hold up ordinary questions.
func Costly(text string) bool {
	switch Parse(text).Intent {
	case Status, Timeline, Sources:
		return true
	}
	return false
}
