// Package discord connects talkbot to Discord.
//
// It offers two ways in, which can run side by side:
//
//   - Gateway (NewGateway): a bot connection over Discord's websocket
//     gateway, authenticated with DISCORD_BOT_TOKEN. It registers the /talks
//     slash command, answers /talks interactions and autocomplete, and
//     answers messages that mention the bot and direct messages. It needs no
//     public address. A mention in a server channel is answered in a
//     thread the bot starts from it, where later messages are follow-ups.
//   - HTTP interactions (NewInteractions): an http.Handler for Discord's
//     Interactions Endpoint URL (POST /discord/interactions), checked with
//     the application's Ed25519 public key (DISCORD_PUBLIC_KEY).
//
// Both turn what the user asked into a platform-neutral bot.Request, pass it
// to a Handler and render the bot.Answer as Discord messages with embeds
// (see Messages). An answer that is ready within Discord's three-second
// window is sent in the first interaction response (type 4); a slower one is
// deferred (type 5) and the original response is edited when it is ready.
package discord
