package display

import (
	"encoding/base64"
	"fmt"
	"image"
	"reflect"
)

// Renderer is implemented by values that describe fully how they are shown.
type Renderer interface {
	Render() Bundle
}

// SimpleRenderer is implemented by values that give their formats as a
// map from MIME type to data. MIMEMap being an alias, a library can
// implement it without importing this package.
type SimpleRenderer interface {
	SimpleRender() MIMEMap
}

// HTMLer is implemented by values that can be shown as HTML.
type HTMLer interface {
	HTML() string
}

// JavaScripter is implemented by values that are shown by running
// JavaScript.
type JavaScripter interface {
	JavaScript() string
}

// JPEGer is implemented by values that can be shown as a JPEG image.
type JPEGer interface {
	JPEG() []byte
}

// JSONer is implemented by values that can be shown as a JSON tree.
type JSONer interface {
	JSON() map[string]any
}

// Latexer is implemented by values that can be shown as LaTeX.
type Latexer interface {
	Latex() string
}

// Markdowner is implemented by values that can be shown as Markdown.
type Markdowner interface {
	Markdown() string
}

// PNGer is implemented by values that can be shown as a PNG image.
type PNGer interface {
	PNG() []byte
}

// PDFer is implemented by values that can be shown as a PDF document.
type PDFer interface {
	PDF() []byte
}

// SVGer is implemented by values that can be shown as an SVG image.
type SVGer interface {
	SVG() string
}

// Render describes v as a MIME bundle, for a cell's result: a Bundle as it
// is; an image.Image as PNG; a Renderer or SimpleRenderer (such as a
// plot.Chart) by what it returns; and a value with any of the methods of
// HTMLer, Markdowner, Latexer, SVGer, JavaScripter, JSONer, PNGer, JPEGer
// or PDFer in each of those formats. ok is false when v has no rich
// representation (then the caller shows it as text).
//
// data holds text/plain only when v provided one (constructors always
// do); otherwise the caller adds its own text form of v. When ok is true
// and data is empty, v is a Handle or ProgressBar that has published
// itself, and nothing should be shown. Render does not panic: a method of
// v that panics gives a text/plain description of the failure.
//
// Render sees methods of compiled types only; an interpreter must check
// the methods of its own types itself.
func Render(v any) (data, metadata map[string]any, ok bool) {
	b, ok, err := render(v)
	if err != nil {
		return errorBundle(err).Data, nil, true
	}
	if !ok {
		return nil, nil, false
	}
	b, _ = normalize(b) // drops what cannot be sent
	return b.Data, b.Metadata, true
}

// render implements Render; err reports a panic or a failed encoding.
func render(v any) (b Bundle, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok, err = Bundle{}, false, fmt.Errorf("display: rendering %T: panic: %v", v, r)
		}
	}()
	if unassertable(v) {
		return Bundle{}, false, nil
	}
	var base Bundle
	switch x := v.(type) {
	case nil:
		return Bundle{}, false, nil
	case selfPublisher:
		return Bundle{Data: MIMEMap{}}, true, nil
	case Bundle:
		base = x
	case *Bundle:
		if x == nil {
			return Bundle{}, false, nil
		}
		base = *x
	case Renderer:
		base = x.Render()
	case SimpleRenderer:
		base.Data = x.SimpleRender()
	case image.Image:
		base, err = imageBundle(x)
		if err != nil {
			return Bundle{}, false, err
		}
	}
	b = Bundle{Data: make(MIMEMap, len(base.Data)+1), Metadata: base.Metadata, Transient: base.Transient}
	for k, val := range base.Data {
		b.Data[k] = val
	}
	addMethods(b.Data, v)
	return b, len(b.Data) > 0, nil
}

// addMethods adds to data the formats v gives through its methods, for
// those formats data does not hold yet.
func addMethods(data MIMEMap, v any) {
	set := func(mime string, f func() any) {
		if _, ok := data[mime]; !ok {
			data[mime] = f()
		}
	}
	if x, ok := v.(HTMLer); ok {
		set(MIMETypeHTML, func() any { return x.HTML() })
	}
	if x, ok := v.(Markdowner); ok {
		set(MIMETypeMarkdown, func() any { return x.Markdown() })
	}
	if x, ok := v.(Latexer); ok {
		set(MIMETypeLatex, func() any { return x.Latex() })
	}
	if x, ok := v.(SVGer); ok {
		set(MIMETypeSVG, func() any { return x.SVG() })
	}
	if x, ok := v.(JavaScripter); ok {
		set(MIMETypeJavaScript, func() any { return x.JavaScript() })
	}
	if x, ok := v.(JSONer); ok {
		set(MIMETypeJSON, func() any { return x.JSON() })
	}
	binary := func(f func() []byte) func() any {
		return func() any { return base64.StdEncoding.EncodeToString(f()) }
	}
	if x, ok := v.(PNGer); ok {
		set(MIMETypePNG, binary(x.PNG))
	}
	if x, ok := v.(JPEGer); ok {
		set(MIMETypeJPEG, binary(x.JPEG))
	}
	if x, ok := v.(PDFer); ok {
		set(MIMETypePDF, binary(x.PDF))
	}
}

// bundleOf is what Display publishes for v: its rich representation, or
// its text as sprint prints it. err reports a value that could not be
// rendered (the bundle then shows the error).
func bundleOf(v any, sprint func(any) string) (Bundle, error) {
	b, ok, err := render(v)
	if err != nil {
		return errorBundle(err), err
	}
	if !ok {
		return Text(sprint(v)), nil
	}
	if _, has := b.Data[MIMETypeText]; !has {
		switch x := v.(type) {
		case Bundle, *Bundle:
			b.Data[MIMETypeText] = fallbackText(b.Data)
		case wrapper: // an interpreted value
			b.Data[MIMETypeText] = sprint(x.unwrapped())
		default:
			b.Data[MIMETypeText] = sprint(v)
		}
	}
	b, err = normalize(b)
	return b, err
}

// unassertable reports a value of a struct type made by reflect.StructOf
// (as interpreters make them) with an embedded field that has methods:
// asserting it to an interface type crashes the Go runtime ("type offset
// base pointer out of range"), so Render leaves it alone.
func unassertable(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil {
		return false
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t.Name() != "" {
		return false
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous && (f.Type.NumMethod() > 0 || reflect.PointerTo(f.Type).NumMethod() > 0) {
			return true
		}
	}
	return false
}
