// Package display builds rich output for notebook cells: MIME bundles of
// HTML, Markdown, LaTeX, images, JSON and more, published by the kernel as
// display_data or shown as a cell's result.
//
// The constructors (HTML, PNG, Image, JSON, ...) are pure functions that
// return a Bundle value; a Bundle that ends a cell is shown as its result.
// The functions that publish at once (Display, Clear, New, Progress,
// Password) need the kernel: inside a notebook the engine binds them to its
// Session (see Exports); called from compiled Go outside a notebook they
// publish nothing and report ErrNoSession.
//
// The API follows gophernotes' display package: Data is Bundle, MIMEMap is
// map[string]any, and the Renderer, HTMLer, PNGer, ... interfaces let any
// type describe how it is shown.
package display

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// MIME types of the formats the constructors produce.
const (
	MIMETypeHTML       = "text/html"
	MIMETypeJavaScript = "application/javascript"
	MIMETypeJPEG       = "image/jpeg"
	MIMETypeGIF        = "image/gif"
	MIMETypeJSON       = "application/json"
	MIMETypeLatex      = "text/latex"
	MIMETypeMarkdown   = "text/markdown"
	MIMETypePNG        = "image/png"
	MIMETypePDF        = "application/pdf"
	MIMETypeSVG        = "image/svg+xml"
	MIMETypeText       = "text/plain"
)

// MIMEMap maps MIME types to data in that format (or, in metadata, to the
// format's metadata). Being an alias, it lets libraries implement
// SimpleRenderer without importing this package.
type MIMEMap = map[string]any

// Bundle is a MIME bundle: the same value in several formats, of which the
// frontend shows the richest it supports. Data should hold a "text/plain"
// fallback; the constructors always set one. Binary formats (PNG, JPEG,
// GIF, PDF) are base64 strings, as on the wire. Transient may hold a
// "display_id" (a string) under which Display publishes the bundle.
type Bundle struct {
	Data      MIMEMap
	Metadata  MIMEMap
	Transient MIMEMap
}

// Data is gophernotes' name for Bundle.
type Data = Bundle

// String returns the bundle's text/plain fallback, so that printing a
// bundle with fmt shows what a text-only frontend would.
func (b Bundle) String() string {
	if s, ok := b.Data[MIMETypeText].(string); ok {
		return s
	}
	return fallbackText(b.Data)
}

// fallbackText describes data that has no text/plain representation.
func fallbackText(data MIMEMap) string {
	for _, k := range []string{MIMETypeMarkdown, MIMETypeLatex, MIMETypeHTML} {
		if s, ok := data[k].(string); ok {
			return s
		}
	}
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "<" + strings.Join(keys, ", ") + ">"
}

// isText reports whether values of MIME type mime are text (sent as JSON
// strings as they are) rather than binary (sent base64-encoded).
func isText(mime string) bool {
	mime, _, _ = strings.Cut(mime, ";")
	switch {
	case strings.HasPrefix(mime, "text/"),
		strings.HasSuffix(mime, "+xml"),
		strings.HasSuffix(mime, "+json"),
		mime == MIMETypeJSON,
		mime == MIMETypeJavaScript,
		mime == "application/xml":
		return true
	}
	return false
}

// errorBundle is what a constructor returns when it cannot build its
// bundle: the error as text, shown in red where HTML is supported.
func errorBundle(err error) Bundle {
	msg := err.Error()
	return Bundle{Data: MIMEMap{
		MIMETypeText: msg,
		MIMETypeHTML: `<pre style="color:#c00">` + escapeHTML(msg) + `</pre>`,
	}}
}

// escapeHTML escapes the characters that are special in HTML text and
// attribute values.
func escapeHTML(s string) string {
	return htmlEscaper.Replace(s)
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")

// normalize returns a copy of b that is safe to send: []byte values become
// strings (base64 for binary types), values that cannot be encoded as JSON
// are dropped and reported in the error. Metadata that cannot be encoded
// is dropped too.
func normalize(b Bundle) (Bundle, error) {
	var errs []string
	out := Bundle{Data: make(MIMEMap, len(b.Data)+1)}
	for k, v := range b.Data {
		v, err := wireValue(k, v)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", k, err))
			continue
		}
		out.Data[k] = v
	}
	if len(b.Metadata) > 0 {
		out.Metadata = make(MIMEMap, len(b.Metadata))
		for k, v := range b.Metadata {
			if _, err := json.Marshal(v); err != nil {
				errs = append(errs, fmt.Sprintf("metadata %s: %v", k, err))
				continue
			}
			out.Metadata[k] = v
		}
	}
	if len(b.Transient) > 0 {
		out.Transient = make(MIMEMap, len(b.Transient))
		for k, v := range b.Transient {
			out.Transient[k] = v
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return out, fmt.Errorf("display: cannot encode %s", strings.Join(errs, "; "))
	}
	return out, nil
}

// wireValue converts one value of a bundle's data to what goes on the wire.
func wireValue(mime string, v any) (any, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case json.RawMessage:
		if !json.Valid(x) {
			return nil, fmt.Errorf("invalid JSON")
		}
		return x, nil
	case []byte:
		if isText(mime) {
			if mime == MIMETypeJSON && json.Valid(x) {
				return json.RawMessage(x), nil
			}
			return string(x), nil
		}
		return base64.StdEncoding.EncodeToString(x), nil
	}
	if _, err := json.Marshal(v); err != nil {
		return nil, err
	}
	return v, nil
}

// displayID returns the display_id a bundle asks for in Transient, if any.
func displayID(b Bundle) string {
	id, _ := b.Transient["display_id"].(string)
	return id
}
