package display_test

import (
	"fmt"
	"image"
	"image/color"
	"sort"
	"strings"

	"gokernel/display"
	"gokernel/display/plot"
)

// printer is a Publisher that prints what it is asked to publish.
type printer struct{}

func (printer) Display(b display.Bundle, id string, update bool) {
	kind := "display_data"
	if update {
		kind = "update_display_data"
	}
	var mimes []string
	for k := range b.Data {
		mimes = append(mimes, k)
	}
	sort.Strings(mimes)
	if id != "" {
		id = " (id)"
	}
	fmt.Printf("%s%s %v: %s\n", kind, id, mimes, b)
}

func (printer) Clear(wait bool) { fmt.Println("clear_output wait:", wait) }

func (printer) Input(prompt string, password bool) (string, error) {
	fmt.Printf("input_request %q password:%v\n", prompt, password)
	return "hunter2", nil
}

func ExampleHTML() {
	b := display.HTML("<b>bold</b>")
	fmt.Println(b.Data[display.MIMETypeHTML])
	fmt.Println(b) // the text/plain fallback
	// Output:
	// <b>bold</b>
	// <b>bold</b>
}

func ExampleMath() {
	b := display.Math(`e^{i\pi} + 1 = 0`)
	fmt.Println(b.Data[display.MIMETypeLatex])
	// Output: $$e^{i\pi} + 1 = 0$$
}

func ExampleImage() {
	img := image.NewGray(image.Rect(0, 0, 8, 4))
	img.Set(1, 1, color.White)
	b := display.Image(img)
	fmt.Println(b.Metadata[display.MIMETypePNG])
	fmt.Println(strings.HasPrefix(b.String(), "<image/png image 8x4"))
	// Output:
	// map[height:4 width:8]
	// true
}

func ExampleJSON() {
	b := display.JSON(map[string]any{"name": "gopher", "legs": 4})
	fmt.Printf("%s\n", b.Data[display.MIMETypeJSON])
	// Output: {"legs":4,"name":"gopher"}
}

func ExampleRender() {
	data, _, ok := display.Render(plot.Bar([]string{"a", "b"}, []float64{1, 2}))
	fmt.Println(ok, data["text/plain"])
	_, _, ok = display.Render(42)
	fmt.Println(ok)
	// Output:
	// true bar chart: 2 categories, 1 series, y 1…2 (series 1: 2 values)
	// false
}

func ExampleSession_Display() {
	s := display.NewSession(printer{})
	_ = s.Display(display.Markdown("# Title"), 42)
	s.Clear(true)
	// Output:
	// display_data [text/markdown text/plain]: # Title
	// display_data [text/plain]: 42
	// clear_output wait: true
}

func ExampleSession_New() {
	s := display.NewSession(printer{})
	h := s.New(display.Text("working…"))
	_ = h.Update(display.HTML("<b>done</b>"))
	// Output:
	// display_data (id) [text/plain]: working…
	// update_display_data (id) [text/html text/plain]: <b>done</b>
}

func ExampleSession_Progress() {
	s := display.NewSession(printer{})
	p := s.Progress(4)
	for range 4 {
		p.Add(1) // updates are throttled; reaching the total is shown
	}
	fmt.Println(strings.HasPrefix(p.String(), "[####################] 4/4 (100%)"))
	// Output:
	// display_data (id) [text/html text/plain]: [....................] 0/4 (0%) 0.0s elapsed
	// update_display_data (id) [text/html text/plain]: [####################] 4/4 (100%) 0.0s elapsed
	// true
}

func ExampleSession_Password() {
	s := display.NewSession(printer{})
	pw, err := s.Password("API key:")
	fmt.Println(len(pw), err)
	// Output:
	// input_request "API key:" password:true
	// 7 <nil>
}

func ExampleExports() {
	syms := display.Exports(display.NewSession(printer{}))
	display := syms["gokernel/display/display"]["Display"].Interface().(func(...any) error)
	_ = display("hello")
	// Output: display_data [text/plain]: hello
}
