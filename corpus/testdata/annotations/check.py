#!/usr/bin/env python3
"""Check hand annotations against their articles.

Usage: python3 check.py [-v] [--dir ANNOTATIONS] [ANNOTATION.json ...]
       (default: every *.json in ANNOTATIONS, which defaults to this script's
       folder; the articles are in ANNOTATIONS/../articles. The held-out set:
       --dir ../heldout/annotations)

Each annotation file is a JSON array, in article order, of
    {"kind": "quote"|"fact", "text": ..., "speaker": ..., "speaker_title": ...,
     "said_on": "YYYY-MM-DD" or "", "where": ...}

Conventions the answer key follows (and this script enforces where it can):

* quote: the words inside the quotation marks, verbatim, without the marks.
  A trailing comma just inside the closing mark ("...,” he said") belongs to
  the attribution and is dropped.  A quote split by its attribution, or
  continued in the next paragraph (opening mark, no closing mark, next
  paragraph reopens), is joined into one text with a single space.  Quotes
  nested inside a quote stay in the outer quote's text.  Quotes of one or
  two words ("constructive", "positive signals") are not listed; partial
  quotes of three or more words inside reported speech are.
* fact: a contiguous span of at least five words copied verbatim from the
  reported content (not from the attribution).
* speaker: canonical full name as the article gives it, or the source as the
  article first names it ("a senior Egyptian official", "the Israeli
  military", "Hamas"); later mentions ("the official", "she", "Mr. Alvarez")
  map back to it.  speaker_title: the role the article gives, without the
  leading article ("spokeswoman for the ministry"), else "".
* said_on: explicit date -> that date; weekday word -> most recent such day
  on or before publication (the publication weekday is the same day);
  "Monday night", "late on Friday" -> that day; "then"/"at the time" after an
  explicitly dated occasion, and "in the same interview", "at the same
  briefing" -> that occasion's date (and venue); a quote paragraph whose
  speaker was introduced in the sentence just before ("Speaking on CBS's
  'Face the Nation' on Sunday, X said ...", then "..., she said.") takes the
  date and venue of that sentence; no date word in a simple past or
  present report -> the publication date; habitual or perfect ("has long
  said", "has said", "have repeatedly said") or "last week" -> "".  An
  article with no publication date (the .txt one) gives "" except for
  explicit dates with a year.
* where: the outlet, programme, platform or venue as the article names it in
  the attributing sentence or the sentence that introduces the speaker for
  that quote: "NBC News", "This Week", "X", "BBC", "Telegram",
  "news conference in Doha", "UN Security Council"; "" for a plain
  statement, "told reporters" or no venue.

The script checks that every text is found verbatim in the article body (a
quote piece by piece, bounded by quotation marks), that entries are in
article order, that fields are well formed and dates are not after the
publication date, and lists (with -v) every quoted passage of three or more
words that no quote entry covers, for review.
"""
import datetime
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "..", "articles")

OPEN = "“\"‘'"
CLOSE = "”\"’'"
KEYS = {"kind", "text", "speaker", "speaker_title", "said_on", "where"}


def load_article(base):
    """Return (body text, published date or None, path) for an article base name."""
    for ext in (".md", ".txt", ".html"):
        path = os.path.join(ARTICLES, base + ext)
        if os.path.exists(path):
            break
    else:
        raise SystemExit(f"{base}: no article .md/.txt/.html in {ARTICLES}")
    raw = open(path, encoding="utf-8").read()
    published = None
    if ext == ".md":
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        if not m:
            raise SystemExit(f"{path}: no front matter")
        fm, body = m.group(1), raw[m.end():]
        pm = re.search(r"^published:\s*\"?(\d{4}-\d{2}-\d{2})", fm, re.M)
        published = pm.group(1) if pm else None
    elif ext == ".txt":
        body = raw
    else:
        pm = re.search(r'property="article:published_time" content="(\d{4}-\d{2}-\d{2})', raw)
        published = pm.group(1) if pm else None
        art = re.search(r"<article\b.*?</article>", raw, re.S).group(0)
        paras = re.findall(r"<p\b[^>]*>(.*?)</p>", art, re.S)
        body = "\n\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paras)
    return body, published, path


def locate_quote(body, text):
    """Find a (possibly joined) quote in body; return (start, error)."""
    words = text.split(" ")
    pos, i, first, prev_end = 0, 0, None, None
    while i < len(words):
        best = None
        for k in range(len(words) - i, 0, -1):
            piece = " ".join(words[i:i + k])
            at = body.find(piece, pos)
            if at >= 0:
                best = (k, piece, at)
                break
        if best is None:
            return None, f"word {words[i]!r} not found after offset {pos}"
        k, piece, at = best
        if at == 0 or body[at - 1] not in OPEN:
            return None, f"piece {piece[:40]!r} does not start right after an opening quotation mark"
        end = at + len(piece)
        nxt = body[end:end + 3]
        ok = (nxt[:1] in CLOSE and nxt[:1]) or (nxt[:1] == "," and nxt[1:2] in CLOSE and nxt[1:2]) \
            or (nxt[:2] == "\n\n" and nxt[2:3] in OPEN and nxt[2:3])
        if not ok:
            return None, f"piece ending {piece[-40:]!r} is not followed by a closing mark (got {nxt!r})"
        if prev_end is not None and at - prev_end > 300:
            return None, f"gap of {at - prev_end} characters before piece {piece[:40]!r}"
        if first is None:
            first = at
        prev_end, pos, i = end, end, i + k
    return first, None


def quoted_spans(body):
    """Quoted passages in the body: curly double, straight double, curly single."""
    spans = []
    for para in body.split("\n\n"):
        off = body.index(para)
        for m in re.finditer(r"“([^”“]*)(?:”|$)", para):
            spans.append((off + m.start(1), m.group(1)))
        if "“" not in para:
            for m in re.finditer(r'"([^"]*)(?:"|$)', para):
                spans.append((off + m.start(1), m.group(1)))
        for m in re.finditer(r"(?:^|(?<=[\s(—-]))‘(.*?)(?:’(?![A-Za-z])|$)", para):
            spans.append((off + m.start(1), m.group(1)))
    return spans


def check(path, verbose):
    base = os.path.splitext(os.path.basename(path))[0]
    body, published, apath = load_article(base)
    try:
        entries = json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        return [f"invalid JSON: {e}"], 0
    errs, last, covered = [], -1, []
    for n, e in enumerate(entries):
        where = f"#{n} {e.get('text', '')[:50]!r}"
        if set(e) != KEYS:
            errs.append(f"{where}: keys {sorted(e)} != {sorted(KEYS)}")
            continue
        if e["kind"] not in ("quote", "fact"):
            errs.append(f"{where}: bad kind {e['kind']!r}")
        if not e["speaker"]:
            errs.append(f"{where}: empty speaker")
        if e["said_on"]:
            try:
                d = datetime.date.fromisoformat(e["said_on"])
                if published and d > datetime.date.fromisoformat(published):
                    errs.append(f"{where}: said_on {d} after publication {published}")
            except ValueError:
                errs.append(f"{where}: bad said_on {e['said_on']!r}")
        text = e["text"]
        if text != text.strip() or "  " in text:
            errs.append(f"{where}: stray spaces")
        if e["kind"] == "fact":
            if len(text.split()) < 5:
                errs.append(f"{where}: fact span shorter than five words")
            at = body.find(text)
            if at < 0:
                errs.append(f"{where}: fact span not found verbatim")
                continue
        else:
            if len(text.split()) < 3:
                errs.append(f"{where}: quote of fewer than three words")
            at, err = locate_quote(body, text)
            if err:
                errs.append(f"{where}: {err}")
                continue
            covered.append((at, text))
        if at < last:
            errs.append(f"{where}: out of article order")
        last = at
    if verbose:
        for at, span in quoted_spans(body):
            words = span.strip().rstrip(",").split()
            if len(words) < 3:
                continue
            if not any(c_at <= at <= c_at + len(t) + 400 and span.strip().rstrip(",")[:30] in t
                       for c_at, t in covered):
                print(f"  {base}: note: quoted passage not annotated: {span[:70]!r}")
    return errs, len(entries)


def main():
    global HERE, ARTICLES
    args = sys.argv[1:]
    if "--dir" in args:
        i = args.index("--dir")
        HERE = os.path.abspath(args[i + 1])
        ARTICLES = os.path.join(HERE, "..", "articles")
        del args[i:i + 2]
    verbose = "-v" in args
    files = [a for a in args if a != "-v"] or sorted(glob.glob(os.path.join(HERE, "*.json")))
    bad = 0
    for f in files:
        errs, n = check(f, verbose)
        print(f"{os.path.basename(f)}: {n} entries, {len(errs)} problems")
        for e in errs:
            print("  " + e)
        bad += len(errs)
    arts = {os.path.splitext(p)[0] for p in os.listdir(ARTICLES)}
    anns = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(HERE, "*.json"))}
    for missing in sorted(arts - anns):
        print(f"{missing}: article has no annotation file")
        bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
