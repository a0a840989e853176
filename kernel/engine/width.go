package engine

import "unicode"

// displayWidth is the number of terminal columns s takes in a monospace
// font: East Asian wide characters (Han, kana, Hangul, fullwidth forms)
// and emoji take two, combining marks none. A caret under a column of a
// line with Chinese identifiers lines up only so.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth is the display width of r (see displayWidth).
func runeWidth(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana),
		r >= 0x1100 && r <= 0x115F, // Hangul Jamo initials
		r >= 0x2E80 && r <= 0x303E, // CJK radicals, symbols and punctuation
		r >= 0x3041 && r <= 0x33FF, // kana, CJK compatibility
		r >= 0xFE30 && r <= 0xFE4F, // CJK compatibility forms
		r >= 0xFF00 && r <= 0xFF60, // fullwidth forms
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x1F300 && r <= 0x1F64F, // emoji
		r >= 0x1F900 && r <= 0x1F9FF:
		return 2
	}
	return 1
}
