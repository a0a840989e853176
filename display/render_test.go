package display

import (
	"sort"
	"strings"
	"testing"

	"gokernel/display/plot"
)

type htmlValue struct{}

func (htmlValue) HTML() string { return "<i>h</i>" }

type manyValue struct{}

func (manyValue) HTML() string         { return "<p>m</p>" }
func (manyValue) Markdown() string     { return "*m*" }
func (manyValue) Latex() string        { return "$m$" }
func (manyValue) SVG() string          { return "<svg/>" }
func (manyValue) JavaScript() string   { return "m()" }
func (manyValue) JSON() map[string]any { return map[string]any{"m": 1} }
func (manyValue) PNG() []byte          { return []byte{1} }
func (manyValue) JPEG() []byte         { return []byte{2} }
func (manyValue) PDF() []byte          { return []byte{3} }
func (manyValue) SimpleRender() MIMEMap {
	return MIMEMap{"text/x-simple": "s", MIMETypeHTML: "<b>simple wins</b>"}
}

type renderer struct{}

func (renderer) Render() Bundle {
	return Bundle{Data: MIMEMap{MIMETypeMarkdown: "**r**", MIMETypeText: "r"}, Metadata: MIMEMap{"k": "v"}}
}

type panicky struct{}

func (panicky) HTML() string { panic("bad HTML") }

type unencodable struct{}

func (unencodable) SimpleRender() MIMEMap {
	return MIMEMap{"text/x-ok": "ok", "application/x-bad": make(chan int)}
}

func TestRender(t *testing.T) {
	var nilBundle *Bundle
	b := HTML("x")
	tests := []struct {
		name  string
		v     any
		ok    bool
		mimes []string // the MIME types of data, sorted
		check func(t *testing.T, data, md map[string]any)
	}{
		{name: "Nil", v: nil},
		{name: "Int", v: 42},
		{name: "String", v: "s"},
		{name: "NilBundlePointer", v: nilBundle},
		{name: "Bundle", v: HTML("x"), ok: true, mimes: []string{MIMETypeHTML, MIMETypeText}},
		{name: "BundlePointer", v: &b, ok: true, mimes: []string{MIMETypeHTML, MIMETypeText}},
		{name: "Image", v: testImage(3, 2), ok: true, mimes: []string{MIMETypePNG, MIMETypeText},
			check: func(t *testing.T, _, md map[string]any) {
				if md[MIMETypePNG] == nil {
					t.Errorf("metadata = %v, want the image size", md)
				}
			}},
		{name: "HTMLer", v: htmlValue{}, ok: true, mimes: []string{MIMETypeHTML}},
		{name: "AllMethods", v: manyValue{}, ok: true,
			mimes: []string{MIMETypeJavaScript, MIMETypeJSON, MIMETypePDF, MIMETypeJPEG, MIMETypePNG, MIMETypeSVG, MIMETypeHTML, MIMETypeLatex, MIMETypeMarkdown, "text/x-simple"},
			check: func(t *testing.T, data, _ map[string]any) {
				if data[MIMETypeHTML] != "<b>simple wins</b>" {
					t.Errorf("text/html = %v, want SimpleRender's", data[MIMETypeHTML])
				}
				if data[MIMETypePNG] != "AQ==" {
					t.Errorf("image/png = %v, want base64 of PNG()", data[MIMETypePNG])
				}
			}},
		{name: "Renderer", v: renderer{}, ok: true, mimes: []string{MIMETypeMarkdown, MIMETypeText},
			check: func(t *testing.T, _, md map[string]any) {
				if md["k"] != "v" {
					t.Errorf("metadata = %v, want Render's", md)
				}
			}},
		{name: "Chart", v: plot.Line([]float64{1, 2}), ok: true, mimes: []string{MIMETypeSVG, MIMETypeText}},
		{name: "Handle", v: New(nil), ok: true},
		{name: "ProgressBar", v: Progress(3), ok: true},
		{name: "Panic", v: panicky{}, ok: true, mimes: []string{MIMETypeHTML, MIMETypeText},
			check: func(t *testing.T, data, _ map[string]any) {
				if s, _ := data[MIMETypeText].(string); !strings.Contains(s, "bad HTML") {
					t.Errorf("text/plain = %q, want the panic", s)
				}
			}},
		{name: "Unencodable", v: unencodable{}, ok: true, mimes: []string{"text/x-ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, md, ok := Render(tt.v)
			if ok != tt.ok {
				t.Fatalf("Render(%T) ok = %v, want %v", tt.v, ok, tt.ok)
			}
			got := keys(data)
			sort.Strings(got)
			want := append([]string(nil), tt.mimes...)
			sort.Strings(want)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("MIME types = %v, want %v", got, want)
			}
			if tt.check != nil {
				tt.check(t, data, md)
			}
		})
	}
}

func TestRenderDoesNotAlias(t *testing.T) {
	b := HTML("x")
	data, _, _ := Render(b)
	data["text/x-new"] = "y"
	if _, ok := b.Data["text/x-new"]; ok {
		t.Error("changing Render's data changed the bundle")
	}
}

func TestBundleString(t *testing.T) {
	for _, tt := range []struct {
		b    Bundle
		want string
	}{
		{HTML("<b>x</b>"), "<b>x</b>"},
		{MIME(MIMEMap{MIMETypeMarkdown: "*m*"}, nil), "*m*"},
		{MIME(MIMEMap{"image/x-b": "", "image/x-a": ""}, nil), "<image/x-a, image/x-b>"},
		{Bundle{}, "<>"},
	} {
		if got := tt.b.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}
