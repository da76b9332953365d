package main

import (
	"context"
	"net/http"

	"github.com/talkbot/talkbot/adapters/discord"
	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/adapters/slack"
)

// A frontDoor is one way questions come in: Slack over Socket Mode or over
// HTTP, Discord over its gateway or over HTTP. Main builds every door the
// configuration names before starting any, then mounts, runs and stops
// them all the same way.
type frontDoor struct {
	name string
	// run, when set, answers over a connection the bot opens, until ctx
	// ends; an error it returns stops serve.
	run func(ctx context.Context) error
	// mount, when set, adds the door's paths to the TALKBOT_HTTP_ADDR
	// listener.
	mount func(mux *http.ServeMux)
	// shutdown, when set, waits, after the listener has stopped, for the
	// answers still being posted.
	shutdown func(ctx context.Context) error
}

// A platform builds its front doors from m's configuration: none when it
// is not configured, an error when it is configured wrongly. replays is
// where signed requests and answered events are remembered (the database
// when there is one, so that replicas share it).
type platform func(m *Main, replays runner.Seen) ([]frontDoor, error)

// platforms are the chat platforms serve knows. A new one (Teams, Matrix)
// is a package under adapters/ and one entry here.
var platforms = []platform{slackDoors, discordDoors}

func slackDoors(m *Main, replays runner.Seen) ([]frontDoor, error) {
	cfg, p := m.Config, m.Config.Platform
	sc := slack.Config{BotToken: p.SlackBotToken, AppToken: p.SlackAppToken, SigningSecret: p.SlackSigningSecret, AdminToken: p.SlackAdminToken,
		APIURL: m.slackAPI(), Logger: m.log, Replays: replays}
	var doors []frontDoor
	if cfg.slackSocketMode() {
		sm, err := slack.NewSocketMode(sc, m.core)
		if err != nil {
			return nil, err
		}
		doors = append(doors, frontDoor{name: "slack socket mode", run: sm.Run})
	}
	if cfg.slackHTTP() {
		h, err := slack.NewHTTP(sc, m.core)
		if err != nil {
			return nil, err
		}
		doors = append(doors, frontDoor{name: "slack", mount: h.Register, shutdown: h.Shutdown})
	}
	return doors, nil
}

func discordDoors(m *Main, replays runner.Seen) ([]frontDoor, error) {
	cfg, p := m.Config, m.Config.Platform
	dc := discord.Config{Token: p.DiscordBotToken, AppID: p.DiscordAppID, GuildID: p.DiscordGuildID, APIURL: p.DiscordAPIURL,
		PublicKey: p.DiscordPublicKey, Logger: m.log, Replays: replays}
	var doors []frontDoor
	if cfg.discordGateway() {
		gw, err := discord.NewGateway(dc, m.core)
		if err != nil {
			return nil, err
		}
		doors = append(doors, frontDoor{name: "discord gateway", run: gw.Run})
	}
	if cfg.discordHTTP() {
		it, err := discord.NewInteractions(dc, m.core)
		if err != nil {
			return nil, err
		}
		doors = append(doors, frontDoor{name: "discord",
			mount:    func(mux *http.ServeMux) { mux.Handle("POST /discord/interactions", it) },
			shutdown: it.Shutdown})
	}
	return doors, nil
}
