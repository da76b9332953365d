package discord_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/talkbot/talkbot/adapters/discord"
)

// Register writes /talks for an application that takes interactions over
// HTTP, where no gateway connection registers it; run again, it writes
// nothing.
func ExampleRegister() {
	r, err := discord.Register(context.Background(), discord.Config{
		Token:   os.Getenv("DISCORD_BOT_TOKEN"),
		AppID:   os.Getenv("DISCORD_APP_ID"),   // optional: the token's application
		GuildID: os.Getenv("DISCORD_GUILD_ID"), // optional: "" registers globally
	})
	if err != nil {
		log.Fatal(err)
	}
	if r.Wrote {
		fmt.Printf("registered /%s for application %s\n", discord.CommandName, r.AppID)
	}
}
