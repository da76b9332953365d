package bot

// Request is one question or command as an adapter received it.
type Request struct {
	// Text is what the user asked, without the bot's mention or the slash
	// command's name: "who said war is not the solution", "status gaza",
	// "quotes Blinken", "help". A leading command word (status, timeline,
	// quotes, who, sources, help, reload) selects that command.
	Text string
	// User identifies the asker across platforms ("slack:T1/U2",
	// "discord:1234"); used for per-user rate limits and admin commands.
	// Empty for local use (console, ask).
	User string
	// Platform names the adapter ("slack", "discord", "console", "http").
	Platform string
}
