package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/talkbot/talkbot/corpus"
)

// UserAgent is sent with every request unless Options.UserAgent says
// otherwise.
const UserAgent = "talkbot/1.0 (reads news feeds for a negotiations question bot; +https://github.com/talkbot/talkbot)"

// Errors a fetch may wrap. Use errors.Is.
var (
	// ErrNotHTTP: the URL is not an absolute http or https URL, or a
	// redirect led elsewhere.
	ErrNotHTTP = errors.New("not an http or https URL")
	// ErrTooLarge: the body is larger than Options.MaxBytes.
	ErrTooLarge = errors.New("response too large")
	// ErrRedirects: more redirects than Options.MaxRedirects.
	ErrRedirects = errors.New("too many redirects")
	// ErrNotArticle: the page is not HTML (a PDF, an image, a feed).
	ErrNotArticle = errors.New("not a web page")
	// ErrNoText: the page has no article text readability could find.
	ErrNoText = corpus.ErrNoText
	// ErrUnreadable: the page cannot be read as an article (an
	// unparseable date in its metadata, text in no known encoding).
	ErrUnreadable = errors.New("page cannot be read as an article")
	// ErrAlreadySaved: the same URL or the same text was saved before.
	ErrAlreadySaved = errors.New("already saved")
	// ErrForbiddenAddress: the host resolves to an address talkbot never
	// fetches from (link-local, such as cloud metadata services;
	// unspecified; multicast).
	ErrForbiddenAddress = errors.New("address not allowed")
)

// errNotFeed: the body is not RSS or Atom.
var errNotFeed = errors.New("not an RSS or Atom feed")

// Reason says in a few public words why a fetch failed: "HTTP 503",
// "timed out", "response too large", "not an RSS or Atom feed". It names
// no address, path or internal detail, so it can be shown on /healthz and
// to the person who asked; the log has the whole error.
func Reason(err error) string {
	var se *StatusError
	var dns *net.DNSError
	var op *net.OpError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &se):
		return fmt.Sprintf("HTTP %d", se.Code)
	case errors.Is(err, ErrForbiddenAddress):
		return ErrForbiddenAddress.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	case errors.Is(err, context.Canceled):
		return "stopped"
	}
	for _, known := range []error{ErrNotHTTP, ErrTooLarge, ErrRedirects, ErrNotArticle, ErrNoText, ErrUnreadable, ErrAlreadySaved, errNotFeed} {
		if errors.Is(err, known) {
			return known.Error()
		}
	}
	switch {
	case errors.As(err, &dns):
		return "host not found"
	case errors.As(err, &op):
		return "connection failed"
	}
	return "fetch failed"
}

// StatusError is an HTTP answer other than 200 (or 304 for a feed).
type StatusError struct {
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// Options configure a Fetcher. Dir is required; the rest have defaults.
type Options struct {
	// Dir is the folder articles are saved in (TALKBOT_CORPUS/feeds). It
	// is created when missing.
	Dir string
	// Seen remembers what was handled; default a new MemSeen.
	Seen Seen
	// Logger receives one line per feed or page that fails; default
	// slog.Default().
	Logger *slog.Logger
	// Timeout bounds each request, body included; default 30s.
	Timeout time.Duration
	// MaxBytes bounds each response body; default corpus.MaxFileSize.
	MaxBytes int64
	// MaxRedirects bounds the redirects one request follows; default 5.
	MaxRedirects int
	// UserAgent; default the UserAgent constant.
	UserAgent string
	// Transport, when set, replaces the default one (tests). The address
	// checks of the default transport's dialer are then the caller's.
	Transport http.RoundTripper
	// Now is the clock; default time.Now.
	Now func() time.Time
}

// Fetcher fetches pages and feeds within the limits of its Options and
// saves articles into Options.Dir. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
	log    *slog.Logger
	saveMu sync.Mutex // one save at a time: dedupe checks and file names
}

// NewFetcher returns a Fetcher; it fails when Options.Dir is empty.
func NewFetcher(o Options) (*Fetcher, error) {
	if o.Dir == "" {
		return nil, errors.New("feeds: no folder to save articles in")
	}
	if o.Seen == nil {
		o.Seen = NewMemSeen()
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = corpus.MaxFileSize
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	if o.UserAgent == "" {
		o.UserAgent = UserAgent
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	tr := o.Transport
	if tr == nil {
		tr = defaultTransport()
	}
	f := &Fetcher{opts: o, log: o.Logger}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrRedirects, o.MaxRedirects)
			}
			if err := checkURL(req.URL); err != nil {
				return fmt.Errorf("redirected to %s: %w", req.URL.Redacted(), err)
			}
			return nil
		},
	}
	return f, nil
}

// defaultTransport is http.DefaultTransport's settings with a dialer that
// refuses addresses no news page lives at.
func defaultTransport() *http.Transport {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: dialControl}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = d.DialContext
	tr.Proxy = nil // a fetch goes where its URL says
	tr.ResponseHeaderTimeout = 20 * time.Second
	tr.MaxIdleConnsPerHost = 2
	return tr
}

// dialControl runs after name resolution, so a name that resolves to a
// link-local address is refused too.
func dialControl(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsUnspecified() || ip.IsMulticast() {
		return fmt.Errorf("%s: %w", host, ErrForbiddenAddress)
	}
	return nil
}

// checkURL accepts absolute http and https URLs with a host.
func checkURL(u *url.URL) error {
	if u == nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ErrNotHTTP
	}
	return nil
}

// ParseURL reads raw as an absolute http or https URL; anything else
// (javascript:, file:, mailto:, a relative path, credentials in the URL)
// is ErrNotHTTP.
func ParseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%q: %w", raw, ErrNotHTTP)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if err := checkURL(u); err != nil {
		return nil, fmt.Errorf("%q: %w", raw, err)
	}
	return u, nil
}

// response is a fetched body within the size limit.
type response struct {
	URL          *url.URL // after redirects
	Status       int
	ContentType  string
	Body         []byte
	ETag         string
	LastModified string
}

// validators make a GET conditional.
type validators struct {
	ETag, LastModified string
}

// get fetches u with the limits of f's options. A status other than 200
// and 304 is a *StatusError; a 304 returns Status 304 and no body.
func (f *Fetcher) get(ctx context.Context, u *url.URL, accept string, v validators) (*response, error) {
	if err := checkURL(u); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", accept)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, cleanErr(err)
	}
	defer resp.Body.Close()
	r := &response{URL: resp.Request.URL, Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != ""):
		return r, nil
	case resp.StatusCode != http.StatusOK:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &StatusError{Code: resp.StatusCode}
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, resp.ContentLength, f.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the body: %w", cleanErr(err))
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.opts.MaxBytes)
	}
	r.Body = body
	return r, nil
}

// cleanErr drops the *url.Error wrapping (method and URL), which the
// caller's message already gives, and names a timeout as one.
func cleanErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out: %w", context.DeadlineExceeded)
		}
		return ue.Err
	}
	return err
}

// mediaType is the Content-Type without its parameters, lower case.
func mediaType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt
}

// permanent says whether an item that failed this way should be left
// alone from now on rather than tried again at the next poll.
func permanent(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code == http.StatusNotFound || se.Code == http.StatusGone || se.Code == http.StatusUnavailableForLegalReasons
	}
	return errors.Is(err, ErrNotHTTP) || errors.Is(err, ErrNoText) || errors.Is(err, ErrNotArticle) || errors.Is(err, ErrUnreadable) ||
		errors.Is(err, ErrTooLarge) || errors.Is(err, ErrAlreadySaved) || errors.Is(err, ErrForbiddenAddress) ||
		errors.Is(err, ErrRedirects)
}
