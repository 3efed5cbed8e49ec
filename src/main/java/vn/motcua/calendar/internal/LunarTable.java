package vn.motcua.calendar.internal;

/**
 * Every lunar month from month 11 of 1899 to month 10 of 2201, computed once at UTC+7 and kept in flat immutable
 * arrays: month start (epoch day) and label (lunar year, month, leap flag). A conversion is then an index estimate
 * plus at most a couple of comparisons.
 *
 * <p>Built lazily on first use through the holder idiom (the JVM guarantees thread-safe, once-only initialisation);
 * the arrays are never written after construction.
 */
public final class LunarTable {

    /** Vietnam computes at the 105°E meridian. */
    public static final double VIETNAM_UTC_OFFSET_HOURS = 7.0;

    private static final int FIRST_SOLAR_YEAR = 1899;
    private static final int LAST_SOLAR_YEAR = 2200;
    private static final long JDN_OF_EPOCH_DAY_0 = 2440588L;

    private final int[] starts;     // epoch day of each month start, plus one sentinel at the end
    private final int[] labels;     // (year << 5) | (month << 1) | leap
    private final int[] firstOfYear; // index of the first month whose label has lunar year FIRST_SOLAR_YEAR + i, or -1
    private final int[] leapOfYear;  // leap month number of lunar year FIRST_SOLAR_YEAR + i, or 0

    private LunarTable(double tz) {
        int capacity = (LAST_SOLAR_YEAR - FIRST_SOLAR_YEAR + 1) * 13 + 1;
        int[] s = new int[capacity];
        int[] l = new int[capacity];
        int n = 0;
        int k11 = Astronomy.month11Index(FIRST_SOLAR_YEAR, tz);
        for (int y = FIRST_SOLAR_YEAR; y <= LAST_SOLAR_YEAR; y++) {
            int nextK11 = Astronomy.month11Index(y + 1, tz);
            int months = nextK11 - k11;
            if (months != 12 && months != 13) {
                throw new IllegalStateException("Unexpected lunar year length " + months + " after 11/" + y);
            }
            int leapOffset = months == 13 ? Astronomy.leapMonthOffset(k11, tz) : Integer.MAX_VALUE;
            for (int i = 0; i < months; i++) {
                int month;
                boolean leap = false;
                if (i < leapOffset) {
                    month = i + 11;
                } else {
                    month = i + 10;
                    leap = i == leapOffset;
                }
                int year = y;
                if (month > 12) {
                    month -= 12;
                    year++;
                }
                s[n] = (int) (Astronomy.newMoonDay(k11 + i, tz) - JDN_OF_EPOCH_DAY_0);
                l[n] = (year << 5) | (month << 1) | (leap ? 1 : 0);
                n++;
            }
            k11 = nextK11;
        }
        s[n] = (int) (Astronomy.newMoonDay(k11, tz) - JDN_OF_EPOCH_DAY_0); // sentinel: start of month 11 of 2201
        l[n] = ((LAST_SOLAR_YEAR + 1) << 5) | (11 << 1);
        this.starts = java.util.Arrays.copyOf(s, n + 1);
        this.labels = java.util.Arrays.copyOf(l, n + 1);
        int years = LAST_SOLAR_YEAR - FIRST_SOLAR_YEAR + 2;
        this.firstOfYear = new int[years];
        this.leapOfYear = new int[years];
        java.util.Arrays.fill(firstOfYear, -1);
        for (int i = 0; i < n; i++) {
            int yi = yearAt(i) - FIRST_SOLAR_YEAR;
            if (firstOfYear[yi] < 0) {
                firstOfYear[yi] = i;
            }
            if (isLeapAt(i)) {
                leapOfYear[yi] = monthAt(i);
            }
        }
    }

    private static final class Holder {
        static final LunarTable VIETNAM = new LunarTable(VIETNAM_UTC_OFFSET_HOURS);
    }

    /** The table at UTC+7. */
    public static LunarTable vietnam() {
        return Holder.VIETNAM;
    }

    /** Index of the month that contains {@code epochDay}; the caller keeps the day inside the table's range. */
    public int indexOf(long epochDay) {
        int[] s = starts;
        int i = (int) ((epochDay - s[0]) / Astronomy.SYNODIC_MONTH);
        if (i < 0) {
            i = 0;
        } else if (i >= s.length - 1) {
            i = s.length - 2;
        }
        while (i > 0 && s[i] > epochDay) {
            i--;
        }
        while (i < s.length - 2 && s[i + 1] <= epochDay) {
            i++;
        }
        return i;
    }

    public int startAt(int index) {
        return starts[index];
    }

    public int lengthAt(int index) {
        return starts[index + 1] - starts[index];
    }

    public int yearAt(int index) {
        return labels[index] >>> 5;
    }

    public int monthAt(int index) {
        return (labels[index] >>> 1) & 0xF;
    }

    public boolean isLeapAt(int index) {
        return (labels[index] & 1) != 0;
    }

    /** Index of the month (month, leap) of lunar year {@code year}, or -1 when the table has no such month. */
    public int indexOf(int year, int month, boolean leap) {
        int yi = year - FIRST_SOLAR_YEAR;
        if (yi < 0 || yi >= firstOfYear.length || firstOfYear[yi] < 0) {
            return -1;
        }
        int label = (year << 5) | (month << 1) | (leap ? 1 : 0);
        for (int i = firstOfYear[yi]; i < labels.length - 1 && yearAt(i) == year; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        return -1;
    }

    /** Leap month number of a lunar year, 0 when the year is common (or unknown to the table). */
    public int leapMonthOf(int year) {
        int yi = year - FIRST_SOLAR_YEAR;
        return yi < 0 || yi >= leapOfYear.length ? 0 : leapOfYear[yi];
    }
}
