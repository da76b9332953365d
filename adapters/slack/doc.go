// Package slack connects talkbot to Slack. It wraps slack-go and speaks to
// the rest of talkbot only in bot.Request and bot.Answer.
//
// Two transports share one behaviour:
//
//   - Socket Mode (NewSocketMode) needs SLACK_APP_TOKEN and SLACK_BOT_TOKEN
//     and no public address. Every envelope is acknowledged at once; answers
//     follow through the Web API or the slash command's response_url.
//   - HTTP (NewHTTP) serves POST /slack/commands, /slack/events and
//     /slack/interactions. Every request is checked against
//     SLACK_SIGNING_SECRET (HMAC v0, five-minute window) before anything in it
//     is read; a request that fails gets 401 and changes nothing.
//
// In both, "/talks <text>" asks or runs a command, a message that mentions
// the bot is a question answered in its thread, and so is a direct message.
// The bot's own messages, other bots' messages and edits are ignored, and an
// event delivered twice is answered once. Help and error answers are shown
// only to the asker where Slack allows it.
package slack
