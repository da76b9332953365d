// Package redact removes credentials from text bound for a log: tokens in
// URLs (Discord interaction and webhook tokens, Slack response_url and
// webhook paths, query strings) and bare tokens (Slack xox…- and xapp-
// tokens, Discord bot and interaction tokens). Handler applies it to every
// message and attribute a slog.Logger writes, so no caller has to remember.
package redact

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Mark replaces what was removed.
const Mark = "REDACTED"

var (
	urlRE = regexp.MustCompile(`(?i)\bhttps?://[^\s"'<>\x60]+`)
	// Bare tokens, wherever they appear; each with a cheap test that
	// rules it out, since most text holds none.
	tokens = []struct {
		maybe func(string) bool
		re    *regexp.Regexp
	}{
		{contains("xox"), regexp.MustCompile(`\bxox[a-z]-[A-Za-z0-9-]{6,}`)},                               // Slack bot, user, … tokens
		{contains("xapp-"), regexp.MustCompile(`\bxapp-[A-Za-z0-9-]{6,}`)},                                 // Slack app-level tokens
		{contains("aW50ZXJhY3Rpb246"), regexp.MustCompile(`\baW50ZXJhY3Rpb246[A-Za-z0-9_\-]+`)},            // Discord interaction tokens ("interaction:…" in base64)
		{twoDots, regexp.MustCompile(`\b[A-Za-z0-9_\-]{23,28}\.[A-Za-z0-9_\-]{6,7}\.[A-Za-z0-9_\-]{27,}`)}, // Discord bot tokens
		{authWord, regexp.MustCompile(`(?i)\b(Bot|Bearer) [A-Za-z0-9_\-.]{20,}`)},                          // Authorization headers
	}
)

func contains(sub string) func(string) bool {
	return func(s string) bool { return strings.Contains(s, sub) }
}

func twoDots(s string) bool { return len(s) >= 58 && strings.Count(s, ".") >= 2 }

func authWord(s string) bool {
	return strings.Contains(s, "ot ") || strings.Contains(s, "OT ") || strings.Contains(s, "arer ") || strings.Contains(s, "ARER ")
}

// String returns s with every credential it can recognise replaced by Mark.
func String(s string) string {
	if len(s) < 20 {
		return s // too short to hold a URL with a secret, or a token
	}
	if strings.Contains(s, "://") {
		s = urlRE.ReplaceAllStringFunc(s, redactURL)
	}
	for _, tok := range tokens {
		if !tok.maybe(s) {
			continue
		}
		s = tok.re.ReplaceAllStringFunc(s, func(t string) string {
			if i := strings.IndexAny(t, "- "); i > 0 && i < 6 {
				return t[:i+1] + Mark // keep "xoxb-", "Bot " to say what it was
			}
			return Mark
		})
	}
	return s
}

// redactURL keeps a URL's scheme, host and the parts of its path that name
// no secret.
func redactURL(raw string) string {
	// A URL quoted in an error often ends with the quote's punctuation.
	trail := ""
	for len(raw) > 0 && strings.ContainsRune(".,;:)]}", rune(raw[len(raw)-1])) {
		trail = raw[len(raw)-1:] + trail
		raw = raw[:len(raw)-1]
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return Mark + trail
	}
	u.User = nil
	if u.RawQuery != "" {
		u.RawQuery = Mark
	}
	u.Fragment = ""
	segs := strings.Split(strings.TrimPrefix(u.EscapedPath(), "/"), "/")
	host := strings.ToLower(u.Hostname())
	switch {
	case host == "hooks.slack.com" || strings.HasSuffix(host, ".slack.com") && len(segs) > 0 &&
		(segs[0] == "commands" || segs[0] == "actions" || segs[0] == "services" || segs[0] == "workflows" || segs[0] == "triggers"):
		// Every part after the kind of hook is the credential.
		if len(segs) > 1 {
			segs = []string{segs[0], Mark}
		}
	default:
		// Discord: /webhooks/{application or webhook id}/{token}/…,
		// /interactions/{id}/{token}/callback.
		for i := range segs {
			if (segs[i] == "webhooks" || segs[i] == "interactions") && i+2 < len(segs) {
				segs[i+2] = Mark
			}
		}
	}
	u.RawPath = ""
	u.Path = "/" + strings.Join(segs, "/")
	if len(segs) == 1 && segs[0] == "" {
		u.Path = ""
	}
	out := u.String()
	// url.URL escapes the mark's neighbours only if needed; keep it plain.
	out = strings.ReplaceAll(out, url.PathEscape(Mark), Mark)
	return out + trail
}

// Error returns err with a message that String has cleaned, and in which
// the address of a failed HTTP request (a *url.Error anywhere in it) is
// cut to its host: the whole of a Slack response_url, or of a webhook on
// any host, is a credential. errors.Is and errors.As still see what it
// wraps. nil stays nil.
func Error(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := msg
	if ue, ok := errors.AsType[*url.Error](err); ok && ue.URL != "" {
		host := "the server"
		if u, perr := url.Parse(ue.URL); perr == nil && u.Host != "" {
			host = u.Host
		}
		clean = strings.ReplaceAll(clean, strconv.Quote(ue.URL), host)
		clean = strings.ReplaceAll(clean, ue.URL, host)
	}
	if clean = String(clean); clean != msg {
		return &redacted{msg: clean, err: err}
	}
	return err
}

type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Unwrap() error { return r.err }

// Handler wraps h so that every record's message and attribute values
// (strings, errors, anything formatted as text) pass through String.
func Handler(h slog.Handler) slog.Handler {
	if _, ok := h.(*handler); ok {
		return h
	}
	return &handler{h: h}
}

type handler struct{ h slog.Handler }

func (r *handler) Enabled(ctx context.Context, l slog.Level) bool { return r.h.Enabled(ctx, l) }

func (r *handler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, String(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(attr(a))
		return true
	})
	return r.h.Handle(ctx, out)
}

func (r *handler) WithAttrs(as []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = attr(a)
	}
	return &handler{h: r.h.WithAttrs(clean)}
}

func (r *handler) WithGroup(name string) slog.Handler { return &handler{h: r.h.WithGroup(name)} }

func attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, String(v.String()))
	case slog.KindGroup:
		as := v.Group()
		clean := make([]any, len(as))
		for i, g := range as {
			clean[i] = attr(g)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, Error(x).Error())
		case fmt.Stringer:
			return slog.String(a.Key, String(x.String()))
		default:
			text := fmt.Sprintf("%+v", x)
			if clean := String(text); clean != text {
				return slog.String(a.Key, clean)
			}
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// Logger returns l, or slog.Default() when l is nil, writing through
// Handler. A logger that redacts already is returned as it is.
func Logger(l *slog.Logger) *slog.Logger {
	if l == nil {
		l = slog.Default()
	}
	if _, ok := l.Handler().(*handler); ok {
		return l
	}
	return slog.New(Handler(l.Handler()))
}
