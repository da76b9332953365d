package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/talkbot/talkbot/adapters/discord"
)

// runRegister registers /talks with Discord for the HTTP-interactions mode,
// where serve has no gateway connection to register it at start.
func runRegister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("register", flag.ContinueOnError)
	if err := parseSetup(fs, args, stderr, "talkbot register   (reads DISCORD_BOT_TOKEN, DISCORD_APP_ID, DISCORD_GUILD_ID)"); err != nil {
		return err
	}
	cfg, err := readConfig()
	if err != nil {
		return err
	}
	p := &cfg.Platform
	if p.DiscordBotToken == "" {
		return errors.New("DISCORD_BOT_TOKEN is not set: registering /talks needs the bot token (docs/discord.md, step 1.3)")
	}
	if err := p.checkDiscord(); err != nil {
		return err
	}
	r, err := discord.Register(ctx, discord.Config{Token: p.DiscordBotToken, AppID: p.DiscordAppID, GuildID: p.DiscordGuildID, APIURL: p.DiscordAPIURL})
	if err != nil {
		return err
	}
	where := "globally"
	if r.GuildID != "" {
		where = "in guild " + r.GuildID
	}
	if !r.Wrote {
		fmt.Fprintf(stdout, "/%s is already registered %s for application %s, as defined: nothing written.\n", discord.CommandName, where, r.AppID)
		return nil
	}
	fmt.Fprintf(stdout, "registered /%s %s for application %s.\n", discord.CommandName, where, r.AppID)
	if len(r.Removed) > 0 {
		fmt.Fprintf(stdout, "It replaced the application's other commands there: /%s.\n", strings.Join(r.Removed, ", /"))
	}
	if r.GuildID == "" {
		fmt.Fprintln(stdout, "A global command may take a while to show in every server; DISCORD_GUILD_ID registers it in one server at once.")
	}
	return nil
}
