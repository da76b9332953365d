package index

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Every file of a stored index is checksummed in chunks of chunkSize bytes,
// each chunk's CRC-32C on its own, so that opening checks a file of
// hundreds of megabytes (the statements file of a million statements) on
// every core at once. The checksums are there to find a damaged index (a
// bad disk, a stray write, a file cut short), which is then rebuilt, not
// to resist someone who edits it on purpose: CRC-32C, which the processor
// computes (SSE 4.2 on amd64, the CRC instructions on arm64), finds every
// burst of damage up to 32 bits and any other with odds of 1 in 4 billion
// a chunk, at a small share of the cost of SHA-256 (which took 0.48 of the
// 1.2 s of processor time of opening a million statements). A file
// of n bytes has ceil(n/chunkSize) chunks, the last one shorter; an empty
// file has none. A variable only so that tests can make files of many
// chunks.
var chunkSize = 4 << 20

// castagnoli is the CRC-32C table; crc32 uses the processor's CRC
// instructions for it where there are any.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sum is the checksum of one chunk, as the meta file holds it.
func sum(chunk []byte) string {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], crc32.Checksum(chunk, castagnoli))
	return hex.EncodeToString(b[:])
}

// checksums returns the CRC-32C of each chunk of every file under dir but
// the meta file, by slash-separated path.
func checksums(dir string) (map[string][]string, error) {
	out := map[string][]string{}
	buf := make([]byte, chunkSize)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == metaFile {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sums := []string{}
		for {
			n, err := io.ReadFull(f, buf)
			if n > 0 {
				sums = append(sums, sum(buf[:n]))
			}
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				break
			}
			if err != nil {
				return err
			}
		}
		out[rel] = sums
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index: checksums: %w", err)
	}
	return out, nil
}

// check is one piece of the work of verify: a whole file (chunk < 0),
// or one chunk of the statements file, which is in memory already and
// makes most of the bytes of a large index.
type check struct {
	name  string
	chunk int
}

// verify checks every chunk of every file of the index at path against
// its checksum, and each Bleve segment (*.zap) against the CRC-32 that
// ends it, which Bleve writes over everything before it: damage made
// before the index's own checksums were taken is found here, before Bleve
// reads a garbage length and allocates without bound. The checks run on
// every core, each file read once; stmts is the statements file, already
// read. The error is that of the first failing check in order of name and
// chunk, whatever the order of work.
func (mt *meta) verify(path string, stmts []byte) error {
	if len(mt.Chunks) == 0 {
		return fmt.Errorf("%w: no checksums (built by an older talkbot)", ErrStale)
	}
	names := make([]string, 0, len(mt.Chunks))
	for n := range mt.Chunks {
		if strings.Contains(n, "..") || filepath.IsAbs(filepath.FromSlash(n)) {
			return fmt.Errorf("%w: a checksum names %q, outside the index", ErrDamaged, n)
		}
		names = append(names, n)
	}
	// A segment the checksums do not list is still checked for its CRC.
	zaps, err := filepath.Glob(filepath.Join(path, bleveDir, "store", "*.zap"))
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	for _, z := range zaps {
		rel, err := filepath.Rel(path, z)
		if err != nil {
			return fmt.Errorf("index: %w", err)
		}
		if _, ok := mt.Chunks[filepath.ToSlash(rel)]; !ok {
			names = append(names, filepath.ToSlash(rel))
		}
	}
	sort.Strings(names)
	var checks []check
	for _, n := range names {
		if n != stmtsFile {
			checks = append(checks, check{n, -1})
			continue
		}
		// Chunk 0 also checks the file's size, so an empty file has one
		// check too.
		for i := range max(1, len(mt.Chunks[n])) {
			checks = append(checks, check{n, i})
		}
	}
	errs := make([]error, len(checks))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(checks)) {
		wg.Go(func() {
			var buf []byte
			for i := range next {
				if c := checks[i]; c.chunk < 0 {
					errs[i] = mt.verifyFile(path, c.name, &buf)
				} else {
					errs[i] = mt.verifyStatements(c.chunk, stmts)
				}
			}
		})
	}
	for i := range checks {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// chunks is how many chunks a file of size bytes has.
func chunks(size int64) int {
	return int((size + int64(chunkSize) - 1) / int64(chunkSize))
}

// verifyStatements checks one chunk of the statements file, data, against
// its checksum; chunk 0 also checks that the file has as many chunks as
// were summed.
func (mt *meta) verifyStatements(chunk int, data []byte) error {
	sums := mt.Chunks[stmtsFile]
	if chunk == 0 && chunks(int64(len(data))) != len(sums) {
		return fmt.Errorf("%w: %s is not the size it was written", ErrDamaged, stmtsFile)
	}
	off := chunk * chunkSize
	if chunk >= len(sums) || off >= len(data) {
		return nil // the size is wrong, and found by chunk 0
	}
	if sum(data[off:min(off+chunkSize, len(data))]) != sums[chunk] {
		return fmt.Errorf("%w: %s is not what was written", ErrDamaged, stmtsFile)
	}
	return nil
}

// verifyFile checks a file of the index against the checksums of its
// chunks (if it has them) and, for a segment, its CRC-32, reading it
// once. buf is reused from call to call.
func (mt *meta) verifyFile(dir, name string, buf *[]byte) error {
	sums, listed := mt.Chunks[name]
	segment := strings.HasSuffix(name, ".zap")
	f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
	}
	size := info.Size()
	if listed && chunks(size) != len(sums) {
		return fmt.Errorf("%w: %s is not the size it was written", ErrDamaged, name)
	}
	// A segment's CRC covers all but its last four bytes, which hold it.
	body := size - 4
	if segment && body < 0 {
		return fmt.Errorf("%w: segment %s fails its CRC", ErrDamaged, filepath.Base(name))
	}
	// Read in pieces that each fall within one chunk and fit the
	// processor's cache, each piece hashed and added to the CRC while it
	// is there.
	piece := min(64<<10, chunkSize)
	if chunkSize%piece != 0 {
		piece = chunkSize
	}
	if cap(*buf) < piece {
		*buf = make([]byte, piece)
	}
	h := crc32.New(castagnoli)
	crc := crc32.NewIEEE()
	for i, off := 0, int64(0); off < size; {
		data := (*buf)[:min(int64(piece), size-off)]
		if _, err := io.ReadFull(f, data); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
		}
		if segment {
			crc.Write(data[:max(0, min(int64(len(data)), body-off))])
		}
		off += int64(len(data))
		if !listed {
			continue
		}
		h.Write(data)
		if off%int64(chunkSize) == 0 || off == size {
			if hex.EncodeToString(h.Sum(nil)) != sums[i] { // big-endian, as sum
				return fmt.Errorf("%w: %s is not what was written", ErrDamaged, name)
			}
			h.Reset()
			i++
		}
	}
	if segment {
		var end [4]byte
		if _, err := f.ReadAt(end[:], body); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
		}
		if crc.Sum32() != binary.BigEndian.Uint32(end[:]) {
			return fmt.Errorf("%w: segment %s fails its CRC", ErrDamaged, filepath.Base(name))
		}
	}
	return nil
}
