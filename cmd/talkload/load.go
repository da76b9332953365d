package main

import (
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Config says what to send, where and how fast.
type Config struct {
	BaseURL     string
	Rate        int
	Duration    time.Duration
	SlackSecret string             // "" sends no Slack requests
	DiscordKey  ed25519.PrivateKey // nil sends no Discord requests
	Client      *http.Client
}

// Report is what a run measured, per platform.
type Report struct {
	Rate     int
	Duration time.Duration
	Results  []Result
}

// Result is one platform's figures.
type Result struct {
	Platform      string
	Sent, Errors  int
	P50, P99, Max time.Duration
	FirstError    string
}

func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests/s for %s\n", r.Rate, r.Duration)
	fmt.Fprintf(&b, "%-8s %7s %6s %9s %9s %9s\n", "platform", "sent", "errors", "p50", "p99", "max")
	for _, x := range r.Results {
		fmt.Fprintf(&b, "%-8s %7d %6d %9s %9s %9s\n", x.Platform, x.Sent, x.Errors, x.P50.Round(10*time.Microsecond), x.P99.Round(10*time.Microsecond), x.Max.Round(10*time.Microsecond))
		if x.FirstError != "" {
			fmt.Fprintf(&b, "  first error: %s\n", x.FirstError)
		}
	}
	return b.String()
}

var questions = []string{"status", "who said war is not the solution", "what did Blinken tell NBC News?",
	"who said there is no reason to be optimistic", "timeline", "quotes Biden", "what did Putin say?", "sources"}

type sample struct {
	platform string
	latency  time.Duration
	err      error
}

// Run sends requests at cfg.Rate for cfg.Duration, alternating platforms,
// and waits for every answer.
func Run(ctx context.Context, cfg Config) (Report, error) {
	if cfg.SlackSecret == "" && cfg.DiscordKey == nil {
		return Report{}, errors.New("nothing to send: give a Slack secret or a Discord key")
	}
	if cfg.Rate <= 0 {
		return Report{}, errors.New("rate must be positive")
	}
	client := cfg.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	}
	var platforms []string
	if cfg.SlackSecret != "" {
		platforms = append(platforms, "slack")
	}
	if cfg.DiscordKey != nil {
		platforms = append(platforms, "discord")
	}
	total := int(cfg.Duration.Seconds() * float64(cfg.Rate))
	samples := make(chan sample, total)
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / time.Duration(cfg.Rate))
	defer tick.Stop()
	for i := 0; i < total; i++ {
		select {
		case <-ctx.Done():
			i = total
			continue
		case <-tick.C:
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			p := platforms[i%len(platforms)]
			q := questions[i%len(questions)]
			start := time.Now()
			var err error
			if p == "slack" {
				err = sendSlack(client, cfg, q, i)
			} else {
				err = sendDiscord(client, cfg, q, i)
			}
			samples <- sample{p, time.Since(start), err}
		}(i)
	}
	wg.Wait()
	close(samples)
	by := map[string][]sample{}
	for s := range samples {
		by[s.platform] = append(by[s.platform], s)
	}
	rep := Report{Rate: cfg.Rate, Duration: cfg.Duration}
	for _, p := range platforms {
		rep.Results = append(rep.Results, summarize(p, by[p]))
	}
	return rep, nil
}

func summarize(platform string, ss []sample) Result {
	r := Result{Platform: platform, Sent: len(ss)}
	lat := make([]time.Duration, 0, len(ss))
	for _, s := range ss {
		if s.err != nil {
			r.Errors++
			if r.FirstError == "" {
				r.FirstError = s.err.Error()
			}
			continue
		}
		lat = append(lat, s.latency)
	}
	if len(lat) > 0 {
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		r.P50, r.P99, r.Max = lat[len(lat)/2], lat[len(lat)*99/100], lat[len(lat)-1]
	}
	return r
}

// runID tells this run's requests from an earlier run's: serve refuses a
// request it accepted before (a replay), as Slack and Discord IDs are
// never reused.
var runID = strconv.FormatInt(time.Now().UnixNano(), 10)

func sendSlack(c *http.Client, cfg Config, q string, i int) error {
	body := url.Values{"team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U" + strconv.Itoa(i)}, "command": {"/talks"},
		"text": {q}, "response_url": {"https://hooks.slack.com/commands/T1/1/x"}, "trigger_id": {runID + "." + strconv.Itoa(i)}}.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(cfg.SlackSecret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req, _ := http.NewRequest(http.MethodPost, cfg.BaseURL+"/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return check(c.Do(req))
}

func sendDiscord(c *http.Client, cfg Config, q string, i int) error {
	in := map[string]any{"id": runID + strconv.Itoa(1000+i), "application_id": "1", "type": 2, "token": "tok" + strconv.Itoa(i),
		"channel_id": "2", "member": map[string]any{"user": map[string]any{"id": strconv.Itoa(5000 + i), "username": "load"}},
		"data": map[string]any{"id": "3", "name": "talks", "type": 1, "options": []map[string]any{
			{"name": "ask", "type": 1, "options": []map[string]any{{"name": "question", "type": 3, "value": q}}}}}}
	body, _ := json.Marshal(in)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	sig := ed25519.Sign(cfg.DiscordKey, append([]byte(ts), body...))
	req, _ := http.NewRequest(http.MethodPost, cfg.BaseURL+"/discord/interactions", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	return check(c.Do(req))
}

func check(resp *http.Response, err error) error {
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}
