//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year())
	p(then.Month())
	p(then.Day())
	p(then.Hour())
	p(then.Minute())
	p(then.Second())
	p(then.Nanosecond())
	p(then.Location())
	p(then.Weekday())
	p(then.YearDay())

	now := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	p(then.Before(now))
	p(then.After(now))
	p(then.Equal(now))
	diff := now.Sub(then)
	p(diff)
	p(diff.Hours())
	p(diff.Minutes())
	p(diff.Seconds())
	p(diff.Nanoseconds())
	p(then.Add(diff))
	p(then.Add(-diff))

	p(then.AddDate(0, 1, 15))
	p(then.Truncate(time.Hour), then.Round(time.Second))
	d := 90*time.Minute + 30*time.Second
	p(d, d.Round(time.Hour), d.Truncate(time.Hour), d.String())
	p(time.Duration(1500)*time.Microsecond, 2*time.Second/3, time.Duration(0))
	fmt.Printf("%v %d %T\n", time.Second, time.Millisecond, time.Minute)
	y, m, dd := then.Date()
	p(y, m, dd)
	p(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	p(then.Unix(), then.UnixMilli())
	est := time.FixedZone("EST", -5*3600)
	p(then.In(est))
	p(then.In(est).Equal(then))
	p(then.IsZero(), time.Time{}.IsZero(), time.Time{})
	pd, err := time.ParseDuration("1h15m30.5s")
	p(pd, err, pd.Seconds())
	_, err = time.ParseDuration("abc")
	p(err)
	p(time.Month(13), time.Saturday+1)
	p(now.Compare(then), then.Compare(now), then.Compare(then))
	_, week := then.ISOWeek()
	p(week)
}
