package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// FuzzInteractionVerify: whatever the body and headers, a request not
// signed with the application's key, or signed too long ago, gets 401 (413
// when too large) and never reaches the core; a signed one never crashes
// the endpoint or gets a 5xx.
func FuzzInteractionVerify(f *testing.F) {
	f.Add(`{"type":1}`, "1727352000", "00", false, int64(-3))
	f.Add(`{"type":2,"data":{"name":"talks","options":[{"name":"help","type":1}]}}`, "", "", true, int64(-3))
	f.Add(`{"type":2`, "x", "zz", true, int64(-400))
	f.Add(strings.Repeat("a", 70000), "1", "", true, int64(0))
	f.Fuzz(func(t *testing.T, body, stamp, sig string, sign bool, age int64) {
		h := &fakeHandler{}
		e := newSignedEndpoint(t, h)
		if sign {
			stamp = strconv.FormatInt(e.now.Unix()+age, 10)
			sig = hex.EncodeToString(ed25519.Sign(e.priv, []byte(stamp+body)))
		}
		r := httptest.NewRequest("POST", "/discord/interactions", strings.NewReader(body))
		r.Header.Set("X-Signature-Timestamp", stamp)
		r.Header.Set("X-Signature-Ed25519", sig)
		w := httptest.NewRecorder()
		e.it.ServeHTTP(w, r)
		if sign && (age > -305 && age < -295 || age > 295 && age < 305) {
			return // at the edge of the five-minute window either answer is right
		}
		if !sign || age <= -300 || age >= 300 {
			if w.Code != 401 && w.Code != 413 {
				t.Fatalf("unsigned or stale request got %d", w.Code)
			}
			if len(h.requests()) != 0 {
				t.Fatal("an unverified request reached the core")
			}
			return
		}
		if w.Code >= 500 {
			t.Fatalf("signed request got %d: %s", w.Code, w.Body)
		}
	})
}
