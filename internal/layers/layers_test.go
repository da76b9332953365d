package layers

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/talkbot/talkbot/"

// rank is each top folder's place in the flow; a package may import only
// packages of its own rank or lower. internal/ is outside the flow: any
// package may import it, and it imports only the word lists and the
// corpus (as the generator of test statements does).
var rank = map[string]int{
	"lexicon":  0,
	"corpus":   1,
	"index":    2,
	"bot":      3,
	"digest":   4,
	"adapters": 5,
	"store":    6,
	"cmd":      7,
}

// sdks are the platform SDKs and the one package that may import each.
var sdks = map[string]string{
	"github.com/slack-go/slack":     "adapters/slack",
	"github.com/bwmarrin/discordgo": "adapters/discord",
}

// imports maps each package folder under root (slash-separated, relative)
// to what its non-test files import.
func imports(t *testing.T, root string) map[string][]string {
	t.Helper()
	pkgs := map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		dir = filepath.ToSlash(dir)
		for _, im := range f.Imports {
			p, err := strconv.Unquote(im.Path.Value)
			if err != nil {
				return err
			}
			pkgs[dir] = append(pkgs[dir], p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// broken lists each import in pkgs that goes against the flow.
func broken(pkgs map[string][]string) []string {
	var bad []string
	for dir, ims := range pkgs {
		top, _, _ := strings.Cut(dir, "/")
		for _, im := range ims {
			if owner, ok := sdks[im]; ok && dir != owner {
				bad = append(bad, dir+" imports the SDK "+im+", which only "+owner+" may")
			}
			own, ok := strings.CutPrefix(im, module)
			if !ok {
				continue
			}
			otop, _, _ := strings.Cut(own, "/")
			switch {
			case otop == "internal":
			case top == "internal":
				if rank[otop] > rank["corpus"] {
					bad = append(bad, dir+" imports "+own+": internal packages serve the others and import only lexicon and corpus")
				}
			case rank[otop] > rank[top]:
				bad = append(bad, dir+" imports "+own+", which is to its right")
			case top == "adapters" && otop == "adapters" && own != "adapters/runner" && own != dir:
				bad = append(bad, dir+" imports "+own+": one platform's adapter never imports another's")
			}
		}
	}
	return bad
}

func TestFlow(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found: %v", err)
	}
	pkgs := imports(t, root)
	for _, dir := range []string{"corpus", "index", "bot", "adapters/slack", "store", "cmd/talkbot"} {
		if len(pkgs[dir]) == 0 {
			t.Fatalf("no imports read for %s: the walk missed the project", dir)
		}
	}
	for dir := range pkgs {
		top, _, _ := strings.Cut(dir, "/")
		if _, ok := rank[top]; !ok && top != "internal" {
			t.Errorf("package %s is in no layer: give its top folder a rank", dir)
		}
	}
	for _, b := range broken(pkgs) {
		t.Error(b)
	}
}

// TestBroken shows that broken finds each kind of wrong import.
func TestBroken(t *testing.T) {
	for _, tc := range []struct {
		dir, imp string
		bad      bool
	}{
		{"bot", module + "index", false},
		{"bot", module + "internal/panics", false},
		{"corpus", module + "internal/panics", false},
		{"adapters/discord", module + "adapters/runner", false},
		{"adapters/slack", "github.com/slack-go/slack", false},
		{"cmd/talkbot", module + "store", false},
		{"index", module + "bot", true},
		{"corpus", module + "index", true},
		{"bot", module + "adapters/slack", true},
		{"bot", "github.com/slack-go/slack", true},
		{"adapters/runner", "github.com/bwmarrin/discordgo", true},
		{"adapters/slack", module + "adapters/discord", true},
		{"adapters/console", module + "store", true},
		{"internal/gen", module + "bot", true},
	} {
		got := len(broken(map[string][]string{tc.dir: {tc.imp}})) > 0
		if got != tc.bad {
			t.Errorf("%s importing %s: broken %v, want %v", tc.dir, tc.imp, got, tc.bad)
		}
	}
}
