package vn.motcua.payment;

import java.util.Locale;

/**
 * An amount in whole Vietnamese đồng (VND has no minor unit in use): never negative, added exactly, never a
 * floating-point number.
 */
public record Money(long vnd) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ", " tỷ tỷ"};

    public Money {
        if (vnd < 0) {
            throw new IllegalArgumentException("Số tiền không được âm: " + vnd);
        }
    }

    public static Money vnd(long amount) {
        return new Money(amount);
    }

    /** Exact sum; an overflow is an error, never a wrapped amount. */
    public Money plus(Money other) {
        return new Money(Math.addExact(vnd, other.vnd));
    }

    public boolean isZero() {
        return vnd == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(vnd, other.vnd);
    }

    /** "500.000 đồng". */
    public String display() {
        return String.format(Locale.ROOT, "%,d", vnd).replace(',', '.') + " đồng";
    }

    /** The amount in words as printed on receipts: "Năm trăm nghìn đồng", "Một triệu hai trăm linh năm đồng". */
    public String inWords() {
        if (vnd == 0) {
            return "Không đồng";
        }
        // groups of three digits from the right; a zero group is skipped ("một triệu đồng", not "… không nghìn")
        String spelled = "";
        long rest = vnd;
        int group = 0;
        while (rest > 0) {
            int three = (int) (rest % 1000);
            rest /= 1000;
            if (three != 0) {
                String part = threeDigits(three, rest > 0) + GROUPS[group];
                spelled = spelled.isEmpty() ? part : part + " " + spelled;
            }
            group++;
        }
        String text = spelled.strip().replaceAll(" +", " ");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng";
    }

    /** 0–999; {@code full}: a higher group precedes, so "không trăm" and "linh" are spoken. */
    private static String threeDigits(int n, boolean full) {
        int hundreds = n / 100;
        int tens = (n / 10) % 10;
        int units = n % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0 || full) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (out.length() > 0) {
                    out.append(" linh");
                }
                out.append(' ').append(DIGITS[units]);
            }
        } else {
            out.append(' ').append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
            if (units == 1) {
                out.append(tens == 1 ? " một" : " mốt");
            } else if (units == 4) {
                out.append(tens == 1 ? " bốn" : " tư");
            } else if (units == 5) {
                out.append(" lăm");
            } else if (units > 0) {
                out.append(' ').append(DIGITS[units]);
            }
        }
        return out.toString().strip();
    }
}
