package compile

import (
	"go/token"
	"sort"
	"strings"

	"gokernel/kernel/engine/cell"
)

// edit replaces src[start:end] with text. Edits never add or remove
// newlines except where the replaced span had them, so that lines keep
// their numbers.
type edit struct {
	start, end int
	text       string
	first      bool // an insertion that goes before the others at its point
	last       bool // an insertion that goes after the others at its point
	final      bool // one that goes after those marked last (a statement's tail)
	outer      bool // a replacement that wins over others starting at its point
	moved      bool // a replacement whose span's newlines were written elsewhere
}

// rank orders insertions at one point: first, others, last, final.
func (x edit) rank() int {
	switch {
	case x.first:
		return 0
	case x.last:
		return 2
	case x.final:
		return 3
	}
	return 1
}

// edits is a set of non-overlapping replacements on one source text.
type edits struct {
	list []edit
}

func (e *edits) replace(start, end int, text string) {
	e.list = append(e.list, edit{start: start, end: end, text: text})
}

func (e *edits) insert(at int, text string) { e.replace(at, at, text) }

// replaceMoved replaces src[start:end] with text, without the span's
// newlines: the caller wrote them before it.
func (e *edits) replaceMoved(start, end int, text string) {
	e.list = append(e.list, edit{start: start, end: end, text: text, moved: true})
}

// replaceOuter replaces src[start:end] and wins over the replacements of
// inner nodes starting at the same point (whose text it already holds).
func (e *edits) replaceOuter(start, end int, text string) {
	e.list = append(e.list, edit{start: start, end: end, text: text, outer: true})
}

// insertFirst inserts text before everything else inserted at the same
// point (statement markers go in front of a statement's rewrites).
func (e *edits) insertFirst(at int, text string) {
	e.list = append(e.list, edit{start: at, end: at, text: text, first: true})
}

// insertLast inserts text after everything else inserted at the same
// point (the end of a wrapper around an expression other rules rewrite).
func (e *edits) insertLast(at int, text string) {
	e.list = append(e.list, edit{start: at, end: at, text: text, last: true})
}

// insertFinal inserts text after everything else inserted at the same
// point, those marked last included: the tail of a statement whose last
// expression other rules wrap.
func (e *edits) insertFinal(at int, text string) {
	e.list = append(e.list, edit{start: at, end: at, text: text, final: true})
}

// covers reports a replacement that holds [start, end) and more, or
// overlaps it partly: a text moved out of [start, end) would be lost or
// cut.
func (e *edits) covers(start, end int) bool {
	for _, x := range e.list {
		if x.start == x.end || x.start == start && x.end == end {
			continue
		}
		if x.start < end && x.end > start && (x.start < start || x.end > end) {
			return true
		}
	}
	return false
}

// touches reports an edit in [a, b], or one across a.
func (e *edits) touches(a, b int) bool {
	for _, x := range e.list {
		if x.start >= a && x.start <= b || x.start < a && x.end > a {
			return true
		}
	}
	return false
}

// dropInserts removes the insertions at start and at end (moved with the
// text between them).
func (e *edits) dropInserts(start, end int) {
	kept := e.list[:0]
	for _, x := range e.list {
		if x.start == x.end && (x.start == start || x.start == end) {
			continue
		}
		kept = append(kept, x)
	}
	e.list = kept
}

// removeInsert removes the insertion of text at at.
func (e *edits) removeInsert(at int, text string) {
	for i, x := range e.list {
		if x.start == at && x.end == at && x.text == text {
			e.list = append(e.list[:i], e.list[i+1:]...)
			return
		}
	}
}

// applyInner is apply without the insertions at from and to, which belong
// to enclosing nodes (the text of an expression to repeat elsewhere).
func (e *edits) applyInner(src string, from, to int) string {
	inner := edits{}
	for _, x := range e.list {
		if x.start == x.end && (x.start == from || x.start == to) {
			continue
		}
		inner.list = append(inner.list, x)
	}
	return inner.apply(src, from, to)
}

// apply returns src[from:to] with the edits that fall inside it applied.
// Overlapping edits: the first one added wins, later overlapping ones are
// dropped (a rewrite of an outer node replaces its inner rewrites only
// when it was added first).
func (e *edits) apply(src string, from, to int) string {
	var in []edit
	for _, x := range e.list {
		if x.start >= from && x.end <= to {
			in = append(in, x)
		}
	}
	sort.SliceStable(in, func(i, j int) bool {
		if in[i].start != in[j].start {
			return in[i].start < in[j].start
		}
		// Insertions at one point keep their order (those marked first
		// go first); an insertion goes before a replacement starting there.
		ii, ji := in[i].end == in[i].start, in[j].end == in[j].start
		if ii && ji {
			return in[i].rank() < in[j].rank()
		}
		if !ii && !ji {
			return in[i].outer && !in[j].outer
		}
		return ii && !ji
	})
	var b strings.Builder
	pos := from
	for _, x := range in {
		if x.start < pos {
			continue // overlaps an edit already applied
		}
		b.WriteString(src[pos:x.start])
		if x.moved {
			b.WriteString(x.text)
		} else {
			b.WriteString(keepNewlines(x.text, src[x.start:x.end]))
		}
		pos = x.end
	}
	b.WriteString(src[pos:to])
	return b.String()
}

// keepNewlines appends to text the newlines of the replaced span that text
// lacks, so the lines after an edit keep their numbers. A text in
// parentheses gets them after its "(", where they end no statement (after
// its ")" they would: f((16)\n\n) is a syntax error).
func keepNewlines(text, replaced string) string {
	want := strings.Count(replaced, "\n")
	have := strings.Count(text, "\n")
	if have >= want {
		return text
	}
	if strings.HasPrefix(text, "(") {
		return "(" + strings.Repeat("\n", want-have) + text[1:]
	}
	return text + strings.Repeat("\n", want-have)
}

// builder assembles a step's source and remembers where each line comes
// from.
type builder struct {
	b       strings.Builder
	origins []Origin
	// lines numbers the cells for //line directives (see LineBase).
	lines func(cell string) int
}

// LineBase is the factor of the line numbers the interpreter reports for
// cell code: line L of the cell numbered k is reported as k*LineBase+L.
// The file name of a //line directive cannot carry the cell's name: the
// interpreter scopes imports by file name.
const LineBase = 1_000_000

// add appends text that starts at pos of cell cl, after a //line
// directive so that the interpreter's panic positions name the cell.
func (b *builder) add(cl *cell.Cell, pos token.Pos, text string) {
	line := cl.Fset.Position(pos).Line
	b.origins = append(b.origins, Origin{})
	if b.lines != nil {
		b.b.WriteString("//line _.go:" + itoa(b.lines(cl.Name)*LineBase+line) + "\n")
	}
	n := strings.Count(text, "\n") + 1
	for i := 0; i < n; i++ {
		b.origins = append(b.origins, Origin{Cell: cl.Name, Line: line + i})
	}
	b.b.WriteString(text)
	b.b.WriteByte('\n')
}

// addLine appends the kernel's own text.
func (b *builder) addLine(text string) {
	n := strings.Count(text, "\n") + 1
	for i := 0; i < n; i++ {
		b.origins = append(b.origins, Origin{})
	}
	b.b.WriteString(text)
	b.b.WriteByte('\n')
}

func (b *builder) len() int { return b.b.Len() }

// appendB appends what o assembled.
func (b *builder) appendB(o *builder) {
	b.b.WriteString(o.b.String())
	b.origins = append(b.origins, o.origins...)
}

// step returns the assembled source. It starts with an empty line: the
// interpreter puts a package clause in front of the first line, where a
// //line directive would not be seen.
func (b *builder) step(what string) *Step {
	return &Step{Src: "\n" + b.b.String(), Origins: append([]Origin{{}}, b.origins...), What: what}
}
