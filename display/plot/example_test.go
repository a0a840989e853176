package plot_test

import (
	"fmt"
	"math"
	"strings"

	"gokernel/display/plot"
)

func ExampleLine() {
	train := []float64{2.3, 1.1, 0.7, 0.5, 0.42}
	valid := []float64{2.4, 1.3, 0.9, 0.8, 0.79}
	c := plot.Line(train, plot.Name("train"), plot.Series("valid", valid),
		plot.Title("Loss"), plot.XLabel("epoch"), plot.YLabel("loss"))
	fmt.Println(c)
	fmt.Println(strings.HasPrefix(c.SVG(), "<svg "))
	// Output:
	// line chart "Loss": 2 series, x 0…4, y 0.42…2.4 (train: 5 points; valid: 5 points)
	// true
}

func ExampleLineXY() {
	var xs, ys []float64
	for i := range 50 {
		x := float64(i) / 10
		xs, ys = append(xs, x), append(ys, math.Sin(x))
	}
	fmt.Println(plot.LineXY(xs, ys, plot.Width(400), plot.Height(250)))
	// Output: line chart: 1 series, x 0…4.9, y -0.9999…0.9996 (series 1: 50 points)
}

func ExampleBar() {
	c := plot.Bar([]string{"Go", "Rust", "Zig"}, []float64{12, 7, 3},
		plot.Name("2024"), plot.Series("2025", []float64{14, 8, 5}), plot.YLabel("projects"))
	fmt.Println(c)
	// Output: bar chart: 3 categories, 2 series, y 3…14 (2024: 3 values; 2025: 3 values)
}

func ExampleScatter() {
	c := plot.Scatter([]float64{1, 2, 3}, []float64{2, 4, 5}, plot.Colors("teal"))
	fmt.Println(c)
	// Output: scatter plot: 1 series, x 1…3, y 2…5 (series 1: 3 points)
}
