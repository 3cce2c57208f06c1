package io.grassroots.share.workbook;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as people type them into forms: thousands separators and full-width digits allowed. */
public final class Numbers {
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");

    private Numbers() {
    }

    /** The number the text reads as, or null. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip().replace(",", "");
        if (t.length() > 40 || !PLAIN.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t);
    }

    /** A double from a spreadsheet cell as the decimal it shows (0.1 stays 0.1, 3.0 becomes 3). */
    public static BigDecimal of(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
