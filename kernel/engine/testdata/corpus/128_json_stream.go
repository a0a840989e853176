//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

type Event struct {
	Type string          `json:"type"`
	At   time.Time       `json:"at"`
	User string          `json:"user"`
	Data json.RawMessage `json:"data,omitempty"`
}

type Purchase struct {
	Item   string  `json:"item"`
	Amount float64 `json:"amount"`
}

const stream = `
{"type":"login","at":"2024-05-01T10:00:00Z","user":"ada"}
{"type":"purchase","at":"2024-05-01T10:05:00Z","user":"ada","data":{"item":"book","amount":12.5}}
{"type":"login","at":"2024-05-01T11:00:00Z","user":"bob"}
{"type":"purchase","at":"2024-05-01T11:30:00Z","user":"bob","data":{"item":"pen","amount":1.25}}
{"type":"purchase","at":"2024-05-01T12:00:00Z","user":"ada","data":{"item":"lamp","amount":30}}
{"type":"logout","at":"2024-05-01T12:10:00Z","user":"ada"}
{"type":"purchase","at":"2024-05-01T12:15:00Z","user":"eve","data":{"item":"bad","amount":"NaN"}}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	byType := map[string]int{}
	spend := map[string]float64{}
	var first, last time.Time
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		byType[e.Type]++
		if first.IsZero() || e.At.Before(first) {
			first = e.At
		}
		if e.At.After(last) {
			last = e.At
		}
		if e.Type == "purchase" {
			var p Purchase
			if err := json.Unmarshal(e.Data, &p); err != nil {
				fmt.Printf("bad purchase by %s: %v\n", e.User, err)
				continue
			}
			spend[e.User] += p.Amount
		}
	}
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Printf("%-8s %d\n", t, byType[t])
	}
	users := make([]string, 0, len(spend))
	for u := range spend {
		users = append(users, u)
	}
	sort.Slice(users, func(i, j int) bool { return spend[users[i]] > spend[users[j]] })
	for _, u := range users {
		fmt.Printf("%s spent %.2f\n", u, spend[u])
	}
	fmt.Println("window:", last.Sub(first), first.Format(time.Kitchen), "-", last.Format(time.Kitchen))
	summary, _ := json.Marshal(map[string]any{"types": byType, "spend": spend})
	fmt.Println(string(summary))
}
