//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 14, 5, 9, 123456789, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.Kitchen, time.ANSIC,
		time.DateOnly, time.TimeOnly, time.DateTime, "Mon Jan _2 2006", "02/01/06 15:04:05.000",
		"2006-01-02T15:04:05.999999Z07:00", "Monday, January 2, 2006 at 3:04pm (MST)", "060102_150405",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println("ISO week:", y, w)

	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est), t.In(est).Format(time.RFC822Z))

	p, err := time.Parse("2006-01-02 15:04", "2024-03-10 08:30")
	fmt.Println(p, err)
	_, err = time.Parse(time.DateOnly, "2024-13-01")
	fmt.Println("error:", err)
	p2, _ := time.ParseInLocation(time.DateTime, "2024-03-10 08:30:00", est)
	fmt.Println(p2, p2.UTC(), p2.Unix())

	d := p.Sub(t)
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(24*time.Hour))
	fmt.Println(t.Add(36*time.Hour).Format(time.DateTime), t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Second).Format(time.StampMilli))
	fmt.Println(t.Before(p), t.After(p), t.Equal(t.In(est)), t == t.In(est))

	for _, s := range []string{"1h15m30.5s", "90s", "-2m", "1.5h", "300ms", "bogus"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, d.Minutes(), err)
	}
	start := time.Date(2024, 1, 29, 0, 0, 0, 0, time.UTC)
	for i := range 4 {
		m := start.AddDate(0, i, 0)
		fmt.Print(m.Format("Jan 2"), "; ")
	}
	fmt.Println()
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1700000000123).UTC().Format(time.RFC3339Nano))
	b, _ := t.MarshalJSON()
	fmt.Println(string(b), time.Duration(1500)*time.Microsecond, time.Month(13), time.Saturday)
}
