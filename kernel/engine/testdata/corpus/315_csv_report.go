//go:build ignore

package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesCSV = `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,20,2.50
south,widget,5,2.50
east,"gizmo, deluxe",1,99.99
north,widget,8,2.50
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func load(r io.Reader) ([]Sale, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, err
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
	var sales []Sale
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		units, err := strconv.Atoi(rec[idx["units"]])
		if err != nil {
			return nil, err
		}
		price, err := strconv.ParseFloat(rec[idx["price"]], 64)
		if err != nil {
			return nil, err
		}
		sales = append(sales, Sale{rec[idx["region"]], rec[idx["product"]], units, price})
	}
	return sales, nil
}

func main() {
	sales, err := load(strings.NewReader(salesCSV))
	if err != nil {
		fmt.Println(err)
		return
	}
	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Revenue()
		byProduct[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", r, byRegion[r])
	}
	tw.Flush()

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units"})
	products := make([]string, 0, len(byProduct))
	for p := range byProduct {
		products = append(products, p)
	}
	sort.Strings(products)
	for _, p := range products {
		w.Write([]string{p, strconv.Itoa(byProduct[p])})
	}
	w.Flush()
	fmt.Println(w.Error())

	_, err = load(strings.NewReader("region,product,units,price\nx,y,many,1\n"))
	fmt.Println("error:", err)
	_, err = load(strings.NewReader("a,b\n\"unterminated,c\n"))
	fmt.Println("error:", err)
}
