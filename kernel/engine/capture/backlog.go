package capture

import "fmt"

// maxChunk bounds the size of one kept chunk, so that dropping the oldest
// bytes frees memory chunk by chunk.
const maxChunk = readSize

// A chunk is kept output of one stream.
type chunk struct {
	stream string
	data   []byte
}

// A backlog keeps output while no sink is set: at most limit bytes, dropping
// the oldest first. The zero value with a positive limit is ready to use. It
// is not safe for concurrent use (Capture guards it with sinkMu).
type backlog struct {
	limit   int
	chunks  []chunk
	size    int   // bytes in chunks
	dropped int64 // bytes dropped since the last flush
}

// add keeps a copy of p, merging it into the last chunk when that chunk is
// of the same stream and not yet full.
func (b *backlog) add(stream string, p []byte) {
	if len(p) > b.limit {
		b.dropped += int64(len(p) - b.limit)
		p = p[len(p)-b.limit:]
	}
	for len(p) > 0 {
		if n := len(b.chunks); n > 0 {
			last := &b.chunks[n-1]
			if last.stream == stream && len(last.data) < maxChunk {
				k := min(len(p), maxChunk-len(last.data))
				last.data = append(last.data, p[:k]...)
				b.size += k
				p = p[k:]
				continue
			}
		}
		k := min(len(p), maxChunk)
		data := make([]byte, k, min(maxChunk, max(k, 4<<10)))
		copy(data, p)
		b.chunks = append(b.chunks, chunk{stream: stream, data: data})
		b.size += k
		p = p[k:]
	}
	b.trim()
}

// trim drops the oldest bytes until size is within limit.
func (b *backlog) trim() {
	for b.size > b.limit {
		excess := b.size - b.limit
		first := &b.chunks[0]
		if len(first.data) <= excess {
			b.size -= len(first.data)
			b.dropped += int64(len(first.data))
			b.chunks[0] = chunk{}
			b.chunks = b.chunks[1:]
			continue
		}
		first.data = first.data[excess:]
		b.size -= excess
		b.dropped += int64(excess)
	}
}

// flush passes everything kept to s, oldest first, preceded by a note on
// stderr if bytes were dropped, and empties the backlog.
func (b *backlog) flush(s Sink) {
	if b.dropped > 0 {
		s.Write(Stderr, fmt.Appendf(nil, "[gokernel: %d bytes of earlier output dropped]\n", b.dropped))
	}
	for _, c := range b.chunks {
		s.Write(c.stream, c.data)
	}
	b.chunks, b.size, b.dropped = nil, 0, 0
}
