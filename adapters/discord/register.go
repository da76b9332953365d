package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Registration is what Register found and did.
type Registration struct {
	// AppID is the application the command belongs to: Config.AppID, or
	// the one Discord gave for the token.
	AppID string
	// GuildID is the guild it is registered in; "" means globally.
	GuildID string
	// Wrote is false when /talks was already registered as defined, and
	// nothing was written.
	Wrote bool
	// Removed names the application's other commands in that place, which
	// writing /talks replaced (the application's command set there is
	// /talks alone).
	Removed []string
}

// Register registers /talks for an application that answers over HTTP
// interactions, where no gateway connection registers it at start: in
// cfg.GuildID when set (shown at once), otherwise globally. It needs
// cfg.Token; when cfg.AppID is empty the token's application is asked for.
// It writes only when the registered commands differ from Command(), so
// running it again changes nothing. cfg.APIURL points it at another API.
//
// Its errors say what to check in words an operator can act on (the token,
// the application ID, the bot's invitation); they never hold the token.
func Register(ctx context.Context, cfg Config) (Registration, error) {
	return registerWith(ctx, cfg)
}

func registerWith(ctx context.Context, cfg Config, opts ...option) (Registration, error) {
	cfg.Token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(cfg.Token), "Bot "))
	if cfg.Token == "" {
		return Registration{}, errors.New("DISCORD_BOT_TOKEN is not set: registering /" + CommandName + " needs the bot token")
	}
	s, err := newRESTSession(cfg.Token, newSettings(0, cfg.APIURL, opts))
	if err != nil {
		return Registration{}, err
	}
	r := Registration{AppID: cfg.AppID, GuildID: cfg.GuildID}
	if r.AppID == "" {
		body, err := s.RequestWithBucketID("GET", discordgo.EndpointOAuth2Application("@me"), nil,
			discordgo.EndpointOAuth2Application(""), discordgo.WithContext(ctx))
		if err != nil {
			return r, explain(err, "reading the token's application")
		}
		var app discordgo.Application
		if err := json.Unmarshal(body, &app); err != nil || app.ID == "" {
			return r, fmt.Errorf("reading the token's application: Discord's answer holds no application ID")
		}
		r.AppID = app.ID
	}
	have, err := s.ApplicationCommands(r.AppID, r.GuildID, discordgo.WithContext(ctx))
	if err != nil {
		return r, explain(err, "listing the registered commands")
	}
	for _, c := range have {
		if c != nil && c.Name != CommandName {
			r.Removed = append(r.Removed, c.Name)
		}
	}
	slices.Sort(r.Removed)
	wrote, err := register(ctx, s, r.AppID, r.GuildID)
	if err != nil {
		return r, explain(err, "registering /"+CommandName)
	}
	r.Wrote = wrote
	if !wrote {
		r.Removed = nil
	}
	return r, nil
}

// explain turns Discord's refusals into what to check.
func explain(err error, doing string) error {
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response == nil {
		return fmt.Errorf("%s: %w", doing, err)
	}
	why := re.Response.Status
	if re.Message != nil && re.Message.Message != "" {
		why += ": " + re.Message.Message
	}
	hint := ""
	switch re.Response.StatusCode {
	case http.StatusUnauthorized:
		hint = "; check DISCORD_BOT_TOKEN (the Bot page of the application, without a \"Bot \" prefix)"
	case http.StatusForbidden:
		hint = "; the bot may not manage commands there: invite it with the applications.commands scope (see docs/discord.md), and check DISCORD_GUILD_ID"
	case http.StatusNotFound:
		hint = "; check DISCORD_APP_ID (the Application ID of the token's application) and DISCORD_GUILD_ID"
	}
	return fmt.Errorf("%s: Discord answered %s%s", doing, why, hint)
}
