//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"debug", "info", "warn"}[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "debug":
		*l = Debug
	case "info":
		*l = Info
	case "warn":
		*l = Warn
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

type Duration struct{ time.Duration }

func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	d.Duration = v
	return err
}

type Config struct {
	Name    string            `json:"name"`
	Level   Level             `json:"level"`
	Timeout Duration          `json:"timeout"`
	Created time.Time         `json:"created"`
	Limits  map[Level]int     `json:"limits,omitempty"`
	Extra   map[string]any    `json:"extra,omitempty"`
	Env     map[string]string `json:"env"`
}

type Temperature float64

func (t Temperature) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil
}

type Reading struct {
	Sensor string       `json:"sensor"`
	Temp   Temperature  `json:"temp"`
	Prev   *Temperature `json:"prev,omitempty"`
}

type Point struct{ X, Y int }

func (p Point) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]int{p.X, p.Y})
}

type Embedded struct {
	Point
	Label string
}

func main() {
	c := Config{
		Name:    "svc",
		Level:   Warn,
		Timeout: Duration{1500 * time.Millisecond},
		Created: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
		Limits:  nil,
		Env:     map[string]string{"B": "2", "A": "1"},
	}
	b, err := json.MarshalIndent(c, "", "\t")
	fmt.Println(string(b), err)
	var back Config
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Level, back.Timeout, back.Created.Format(time.RFC1123), back.Env["A"])
	err = json.Unmarshal([]byte(`{"level":"loud"}`), &back)
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	prev := Temperature(19.25)
	enc.Encode([]Reading{{"a", 21.04, nil}, {"b", -3, &prev}})
	enc2 := json.NewEncoder(os.Stdout)
	enc2.SetEscapeHTML(false)
	enc2.Encode(map[string]string{"html": "<b>&</b>"})
	pb, _ := json.Marshal(Point{1, 2})
	eb, _ := json.Marshal(Embedded{Point{3, 4}, "x"})
	fmt.Println(string(pb), string(eb))
	var sb strings.Builder
	json.NewEncoder(&sb).Encode(struct {
		A int     `json:"a"`
		B []Level `json:"levels"`
	}{1, []Level{Debug, Info}})
	fmt.Print(sb.String())
	var lv []Level
	fmt.Println(json.Unmarshal([]byte(`["info","warn"]`), &lv), lv)
}
