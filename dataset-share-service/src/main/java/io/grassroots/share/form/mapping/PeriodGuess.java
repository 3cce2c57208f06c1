package io.grassroots.share.form.mapping;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporting period a form's title names: 2026年第一季度 is 2026-Q1, 2026年3月 2026-03, 2026年度 2026. */
public final class PeriodGuess {
    private static final Pattern QUARTER = Pattern
            .compile("(20\\d{2})\\s*(?:年\\s*(?:第)?|-)?\\s*(?:([一二三四1-4])季度|Q([1-4]))");
    private static final Pattern MONTH = Pattern.compile("(20\\d{2})\\s*(?:年|-)\\s*(1[0-2]|0?[1-9])\\s*月?(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final String QUARTERS = "一二三四";

    private PeriodGuess() {
    }

    /** The period, or null when the text names none. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher q = QUARTER.matcher(t);
        if (q.find()) {
            String n = q.group(2) != null ? q.group(2) : q.group(3);
            int quarter = QUARTERS.contains(n) ? QUARTERS.indexOf(n) + 1 : Integer.parseInt(n);
            return q.group(1) + "-Q" + quarter;
        }
        Matcher m = MONTH.matcher(t);
        if (m.find()) {
            return m.group(1) + "-" + (m.group(2).length() == 1 ? "0" : "") + m.group(2);
        }
        Matcher y = YEAR.matcher(t);
        return y.find() ? y.group(1) : null;
    }
}
