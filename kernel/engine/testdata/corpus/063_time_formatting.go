//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	t := time.Date(2024, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	p(t.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(t.Format("3:04PM"))
	p(t.Format("Mon Jan _2 15:04:05 2006"))
	p(t.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		t.Year(), t.Month(), t.Day(),
		t.Hour(), t.Minute(), t.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)

	layouts := []string{
		time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.DateTime, time.DateOnly, time.TimeOnly,
		"02/01/2006", "Jan 2, 2006 at 3:04pm (MST)", "2006-01-02 15:04:05.000", "Monday, January 2",
		"06 1 2 3 4 5", ".00 .999 .000000",
	}
	for _, l := range layouts {
		p(t.Format(l))
	}
	tz := time.FixedZone("CET", 3600)
	local := time.Date(2024, 12, 31, 23, 59, 59, 0, tz)
	p(local.Format(time.RFC3339), local.UTC().Format(time.RFC3339))
	t3, err := time.ParseInLocation("2006-01-02 15:04", "2024-07-04 09:30", tz)
	p(t3, err)
	t4, err := time.Parse("2006-01-02", "2024-02-30")
	p(t4, err)
	t5, _ := time.Parse(time.RFC1123Z, "Tue, 05 Mar 2024 14:07:09 +0530")
	p(t5, t5.UTC())
	b, _ := t.MarshalText()
	p(string(b))
	p(t.AppendFormat([]byte("at: "), time.Kitchen))
	fmt.Printf("%s|%v\n", t.Format(time.DateOnly), t.Month())
}
