package display

import (
	"go/constant"
	"reflect"

	"gokernel/display/plot"
)

// Import paths of the packages Exports describes.
const (
	ImportPath     = "gokernel/display"
	PlotImportPath = "gokernel/display/plot"
)

// Exports returns the symbols of this package and of gokernel/display/plot
// in the form of yaegi's interp.Exports (keyed "path/name"), with Display,
// Clear, New, Progress and Password bound to s: each engine gets package
// functions that publish through its own session. Interfaces come with the
// wrappers ("_Name") that let interpreted types implement them.
func Exports(s *Session) map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		ImportPath + "/display":  displaySymbols(s),
		PlotImportPath + "/plot": plotSymbols(),
	}
}

// displaySymbols is the symbol table of this package, bound to s.
func displaySymbols(s *Session) map[string]reflect.Value {
	return map[string]reflect.Value{
		// Constants.
		"MIMETypeHTML":       reflect.ValueOf(constant.MakeString(MIMETypeHTML)),
		"MIMETypeJavaScript": reflect.ValueOf(constant.MakeString(MIMETypeJavaScript)),
		"MIMETypeJPEG":       reflect.ValueOf(constant.MakeString(MIMETypeJPEG)),
		"MIMETypeGIF":        reflect.ValueOf(constant.MakeString(MIMETypeGIF)),
		"MIMETypeJSON":       reflect.ValueOf(constant.MakeString(MIMETypeJSON)),
		"MIMETypeLatex":      reflect.ValueOf(constant.MakeString(MIMETypeLatex)),
		"MIMETypeMarkdown":   reflect.ValueOf(constant.MakeString(MIMETypeMarkdown)),
		"MIMETypePNG":        reflect.ValueOf(constant.MakeString(MIMETypePNG)),
		"MIMETypePDF":        reflect.ValueOf(constant.MakeString(MIMETypePDF)),
		"MIMETypeSVG":        reflect.ValueOf(constant.MakeString(MIMETypeSVG)),
		"MIMETypeText":       reflect.ValueOf(constant.MakeString(MIMETypeText)),
		"ImportPath":         reflect.ValueOf(constant.MakeString(ImportPath)),
		"PlotImportPath":     reflect.ValueOf(constant.MakeString(PlotImportPath)),

		// Variables.
		"ErrNoSession": reflect.ValueOf(&ErrNoSession).Elem(),

		// Functions bound to the session.
		"Display":  reflect.ValueOf(s.Display),
		"Clear":    reflect.ValueOf(s.Clear),
		"New":      reflect.ValueOf(s.New),
		"Progress": reflect.ValueOf(s.Progress),
		"Password": reflect.ValueOf(s.Password),

		// Pure functions.
		"Any":        reflect.ValueOf(Any),
		"Auto":       reflect.ValueOf(Auto),
		"Exports":    reflect.ValueOf(Exports),
		"File":       reflect.ValueOf(File),
		"GIF":        reflect.ValueOf(GIF),
		"HTML":       reflect.ValueOf(HTML),
		"Image":      reflect.ValueOf(Image),
		"JPEG":       reflect.ValueOf(JPEG),
		"JSON":       reflect.ValueOf(JSON),
		"JavaScript": reflect.ValueOf(JavaScript),
		"Latex":      reflect.ValueOf(Latex),
		"MIME":       reflect.ValueOf(MIME),
		"MakeData":   reflect.ValueOf(MakeData),
		"MakeData3":  reflect.ValueOf(MakeData3),
		"Markdown":   reflect.ValueOf(Markdown),
		"Math":       reflect.ValueOf(Math),
		"NewSession": reflect.ValueOf(NewSession),
		"PDF":        reflect.ValueOf(PDF),
		"PNG":        reflect.ValueOf(PNG),
		"Render":     reflect.ValueOf(Render),
		"SVG":        reflect.ValueOf(SVG),
		"Text":       reflect.ValueOf(Text),

		// Types.
		"Bundle":         reflect.ValueOf((*Bundle)(nil)),
		"Data":           reflect.ValueOf((*Data)(nil)),
		"Handle":         reflect.ValueOf((*Handle)(nil)),
		"HTMLer":         reflect.ValueOf((*HTMLer)(nil)),
		"JPEGer":         reflect.ValueOf((*JPEGer)(nil)),
		"JSONer":         reflect.ValueOf((*JSONer)(nil)),
		"JavaScripter":   reflect.ValueOf((*JavaScripter)(nil)),
		"Latexer":        reflect.ValueOf((*Latexer)(nil)),
		"MIMEMap":        reflect.ValueOf((*MIMEMap)(nil)),
		"Markdowner":     reflect.ValueOf((*Markdowner)(nil)),
		"PDFer":          reflect.ValueOf((*PDFer)(nil)),
		"PNGer":          reflect.ValueOf((*PNGer)(nil)),
		"ProgressBar":    reflect.ValueOf((*ProgressBar)(nil)),
		"Publisher":      reflect.ValueOf((*Publisher)(nil)),
		"Renderer":       reflect.ValueOf((*Renderer)(nil)),
		"SVGer":          reflect.ValueOf((*SVGer)(nil)),
		"Session":        reflect.ValueOf((*Session)(nil)),
		"SimpleRenderer": reflect.ValueOf((*SimpleRenderer)(nil)),

		// Interface wrappers.
		"_HTMLer":         reflect.ValueOf((*wrapHTMLer)(nil)),
		"_JPEGer":         reflect.ValueOf((*wrapJPEGer)(nil)),
		"_JSONer":         reflect.ValueOf((*wrapJSONer)(nil)),
		"_JavaScripter":   reflect.ValueOf((*wrapJavaScripter)(nil)),
		"_Latexer":        reflect.ValueOf((*wrapLatexer)(nil)),
		"_Markdowner":     reflect.ValueOf((*wrapMarkdowner)(nil)),
		"_PDFer":          reflect.ValueOf((*wrapPDFer)(nil)),
		"_PNGer":          reflect.ValueOf((*wrapPNGer)(nil)),
		"_Publisher":      reflect.ValueOf((*wrapPublisher)(nil)),
		"_Renderer":       reflect.ValueOf((*wrapRenderer)(nil)),
		"_SVGer":          reflect.ValueOf((*wrapSVGer)(nil)),
		"_SimpleRenderer": reflect.ValueOf((*wrapSimpleRenderer)(nil)),
	}
}

// plotSymbols is the symbol table of gokernel/display/plot.
func plotSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"DefaultWidth":  reflect.ValueOf(constant.MakeInt64(plot.DefaultWidth)),
		"DefaultHeight": reflect.ValueOf(constant.MakeInt64(plot.DefaultHeight)),

		"Bar":      reflect.ValueOf(plot.Bar),
		"Colors":   reflect.ValueOf(plot.Colors),
		"Height":   reflect.ValueOf(plot.Height),
		"Line":     reflect.ValueOf(plot.Line),
		"LineXY":   reflect.ValueOf(plot.LineXY),
		"Name":     reflect.ValueOf(plot.Name),
		"Scatter":  reflect.ValueOf(plot.Scatter),
		"Series":   reflect.ValueOf(plot.Series),
		"SeriesXY": reflect.ValueOf(plot.SeriesXY),
		"Title":    reflect.ValueOf(plot.Title),
		"Width":    reflect.ValueOf(plot.Width),
		"XLabel":   reflect.ValueOf(plot.XLabel),
		"YLabel":   reflect.ValueOf(plot.YLabel),

		"Chart":  reflect.ValueOf((*plot.Chart)(nil)),
		"Option": reflect.ValueOf((*plot.Option)(nil)),
	}
}

// The interface wrappers follow yaegi's convention: the first field holds
// the interpreted value, the others (named W + method) its methods. A
// missing method returns the zero value.

type wrapHTMLer struct {
	IValue any
	WHTML  func() string
}

func (w wrapHTMLer) HTML() string {
	if w.WHTML == nil {
		return ""
	}
	return w.WHTML()
}

type wrapJPEGer struct {
	IValue any
	WJPEG  func() []byte
}

func (w wrapJPEGer) JPEG() []byte {
	if w.WJPEG == nil {
		return nil
	}
	return w.WJPEG()
}

type wrapJSONer struct {
	IValue any
	WJSON  func() map[string]any
}

func (w wrapJSONer) JSON() map[string]any {
	if w.WJSON == nil {
		return nil
	}
	return w.WJSON()
}

type wrapJavaScripter struct {
	IValue      any
	WJavaScript func() string
}

func (w wrapJavaScripter) JavaScript() string {
	if w.WJavaScript == nil {
		return ""
	}
	return w.WJavaScript()
}

type wrapLatexer struct {
	IValue any
	WLatex func() string
}

func (w wrapLatexer) Latex() string {
	if w.WLatex == nil {
		return ""
	}
	return w.WLatex()
}

type wrapMarkdowner struct {
	IValue    any
	WMarkdown func() string
}

func (w wrapMarkdowner) Markdown() string {
	if w.WMarkdown == nil {
		return ""
	}
	return w.WMarkdown()
}

type wrapPDFer struct {
	IValue any
	WPDF   func() []byte
}

func (w wrapPDFer) PDF() []byte {
	if w.WPDF == nil {
		return nil
	}
	return w.WPDF()
}

type wrapPNGer struct {
	IValue any
	WPNG   func() []byte
}

func (w wrapPNGer) PNG() []byte {
	if w.WPNG == nil {
		return nil
	}
	return w.WPNG()
}

type wrapRenderer struct {
	IValue  any
	WRender func() Bundle
}

func (w wrapRenderer) Render() Bundle {
	if w.WRender == nil {
		return Bundle{}
	}
	return w.WRender()
}

type wrapSVGer struct {
	IValue any
	WSVG   func() string
}

func (w wrapSVGer) SVG() string {
	if w.WSVG == nil {
		return ""
	}
	return w.WSVG()
}

type wrapSimpleRenderer struct {
	IValue        any
	WSimpleRender func() MIMEMap
}

func (w wrapSimpleRenderer) SimpleRender() MIMEMap {
	if w.WSimpleRender == nil {
		return nil
	}
	return w.WSimpleRender()
}

type wrapPublisher struct {
	IValue   any
	WClear   func(wait bool)
	WDisplay func(b Bundle, id string, update bool)
	WInput   func(prompt string, password bool) (string, error)
}

func (w wrapPublisher) Clear(wait bool) {
	if w.WClear != nil {
		w.WClear(wait)
	}
}

func (w wrapPublisher) Display(b Bundle, id string, update bool) {
	if w.WDisplay != nil {
		w.WDisplay(b, id, update)
	}
}

func (w wrapPublisher) Input(prompt string, password bool) (string, error) {
	if w.WInput == nil {
		return "", ErrNoSession
	}
	return w.WInput(prompt, password)
}

// wrapper is implemented by the interface wrappers: unwrapped returns the
// interpreted value, for its text form.
type wrapper interface{ unwrapped() any }

func (w wrapHTMLer) unwrapped() any         { return w.IValue }
func (w wrapJPEGer) unwrapped() any         { return w.IValue }
func (w wrapJSONer) unwrapped() any         { return w.IValue }
func (w wrapJavaScripter) unwrapped() any   { return w.IValue }
func (w wrapLatexer) unwrapped() any        { return w.IValue }
func (w wrapMarkdowner) unwrapped() any     { return w.IValue }
func (w wrapPDFer) unwrapped() any          { return w.IValue }
func (w wrapPNGer) unwrapped() any          { return w.IValue }
func (w wrapRenderer) unwrapped() any       { return w.IValue }
func (w wrapSVGer) unwrapped() any          { return w.IValue }
func (w wrapSimpleRenderer) unwrapped() any { return w.IValue }
func (w wrapPublisher) unwrapped() any      { return w.IValue }
