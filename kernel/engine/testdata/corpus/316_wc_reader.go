//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// countingReader wraps a reader and counts the bytes read through it.
type countingReader struct {
	r     io.Reader
	bytes int64
	reads int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes += int64(n)
	c.reads++
	return n, err
}

// chunkReader returns at most size bytes per Read, like a slow network.
type chunkReader struct {
	data []byte
	size int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.size, len(c.data))
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

type Counts struct {
	Lines, Words, Runes, Bytes int
}

func (c Counts) String() string {
	return fmt.Sprintf("%7d %7d %7d %7d", c.Lines, c.Words, c.Runes, c.Bytes)
}

func wc(r io.Reader) (Counts, error) {
	var c Counts
	br := bufio.NewReader(r)
	inWord := false
	for {
		ch, size, err := br.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return c, err
		}
		c.Runes++
		c.Bytes += size
		if ch == '\n' {
			c.Lines++
		}
		if unicode.IsSpace(ch) {
			inWord = false
		} else if !inWord {
			inWord = true
			c.Words++
		}
	}
	return c, nil
}

const text = `The quick brown fox
jumps over the lazy dog.
Ünïcödé wörds count too — ok?
`

func main() {
	cr := &countingReader{r: &chunkReader{data: []byte(text), size: 7}}
	c, err := wc(cr)
	fmt.Println(c, err)
	fmt.Println("bytes through reader:", cr.bytes, "reads > 1:", cr.reads > 1)

	var total Counts
	for _, s := range []string{"a b c\n", "", "one\ntwo\nthree", "   spaced   out   \n"} {
		c, _ := wc(strings.NewReader(s))
		fmt.Printf("%v %q\n", c, s)
		total.Lines += c.Lines
		total.Words += c.Words
		total.Runes += c.Runes
		total.Bytes += c.Bytes
	}
	fmt.Println(total, "total")
	b, _ := io.ReadAll(io.LimitReader(&chunkReader{data: []byte(text), size: 3}, 10))
	fmt.Printf("%q\n", b)
}
