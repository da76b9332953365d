package runner

import "strings"

// ChangesSettings reports whether text changes a channel's settings
// ("config topic gaza", "config answers private"), the one request for
// which an adapter tells the core that the asker manages the channel
// (bot.Request.Manager): a channel's managers may change its settings,
// and nothing else that is kept for the bot's admins.
func ChangesSettings(text string) bool {
	word, args, _ := strings.Cut(strings.TrimSpace(text), " ")
	return strings.EqualFold(word, "config") && strings.TrimSpace(args) != ""
}
