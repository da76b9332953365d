// Command talkload drives a running `talkbot serve` over loopback with
// signed Slack slash commands and Discord interactions at a fixed rate,
// and reports acknowledgement latency (p50/p99/max) and errors.
//
//	talkload -addr 127.0.0.1:8080 -rate 500 -duration 30s \
//	    -slack-secret "$SLACK_SIGNING_SECRET" -discord-seed "$DISCORD_TEST_SEED"
//
// The Discord seed is the hex of an Ed25519 private key seed whose public
// key talkbot serve has as DISCORD_PUBLIC_KEY (talkload -keygen prints a
// pair). Targets are limited to loopback addresses.
package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "talkload:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("talkload", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "talkbot serve's TALKBOT_HTTP_ADDR (loopback only)")
	rate := fs.Int("rate", 500, "requests per second")
	dur := fs.Duration("duration", 30*time.Second, "how long to send")
	secret := fs.String("slack-secret", os.Getenv("SLACK_SIGNING_SECRET"), "Slack signing secret ('' skips Slack)")
	seed := fs.String("discord-seed", os.Getenv("DISCORD_TEST_SEED"), "hex Ed25519 seed ('' skips Discord)")
	keygen := fs.Bool("keygen", false, "print a test key pair (seed and public key) and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *keygen {
		pub, priv, _ := ed25519.GenerateKey(rand.Reader)
		fmt.Fprintf(out, "DISCORD_TEST_SEED=%s\nDISCORD_PUBLIC_KEY=%s\n", hex.EncodeToString(priv.Seed()), hex.EncodeToString(pub))
		return nil
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return errors.New("-addr must be a loopback address")
	}
	cfg := Config{BaseURL: "http://" + *addr, Rate: *rate, Duration: *dur, SlackSecret: *secret}
	if *seed != "" {
		b, err := hex.DecodeString(*seed)
		if err != nil || len(b) != ed25519.SeedSize {
			return errors.New("-discord-seed must be 64 hex characters")
		}
		cfg.DiscordKey = ed25519.NewKeyFromSeed(b)
	}
	rep, err := Run(ctx, cfg)
	if err != nil {
		return err
	}
	fmt.Fprint(out, rep)
	return nil
}
