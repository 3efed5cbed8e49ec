package vn.motcua.calendar.internal;

/**
 * The astronomical part of the Vietnamese lunar calendar, after the published description of Hồ Ngọc Đức's
 * algorithm (new moons from a truncated Meeus series, apparent solar longitude), evaluated for a civil time zone.
 *
 * <p>Day numbers are Julian Day Numbers (JDN, the integer day that starts at local midnight). Pure functions only;
 * {@link LunarTable} calls them once per month and caches the result.
 */
public final class Astronomy {

    /** Mean length of a synodic month, days. */
    public static final double SYNODIC_MONTH = 29.530588853;
    /** Julian date of the mean new moon k = 0 (1900-01-01, shifted by its correction as in the description). */
    static final double NEW_MOON_EPOCH = 2415021.076998695;

    private static final double RAD = Math.PI / 180.0;

    private Astronomy() {
    }

    /**
     * Julian date (UT) of the k-th new moon counted from the one of 1900-01-01.
     */
    public static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
        double m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD; // sun's mean anomaly
        double mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD; // moon's mean anomaly
        double f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD; // moon's argument of latitude
        double correction = (0.1734 - 0.000393 * t) * Math.sin(m)
                + 0.0021 * Math.sin(2 * m)
                - 0.4068 * Math.sin(mp)
                + 0.0161 * Math.sin(2 * mp)
                - 0.0004 * Math.sin(3 * mp)
                + 0.0104 * Math.sin(2 * f)
                - 0.0051 * Math.sin(m + mp)
                - 0.0074 * Math.sin(m - mp)
                + 0.0004 * Math.sin(2 * f + m)
                - 0.0004 * Math.sin(2 * f - m)
                - 0.0006 * Math.sin(2 * f + mp)
                + 0.0010 * Math.sin(2 * f - mp)
                + 0.0005 * Math.sin(2 * mp + m);
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd + correction - deltaT;
    }

    /** JDN of the local civil day that contains the k-th new moon, for a zone {@code utcOffsetHours} east of UTC. */
    public static int newMoonDay(int k, double utcOffsetHours) {
        return (int) Math.floor(newMoon(k) + 0.5 + utcOffsetHours / 24.0);
    }

    /** Apparent longitude of the sun, radians in [0, 2π), at Julian date {@code jd} (UT). */
    public static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525.0;
        double t2 = t * t;
        double m = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000290 * Math.sin(3 * m);
        double omega = (125.04 - 1934.136 * t) * RAD;
        double longitude = (l0 + centre - 0.00569 - 0.00478 * Math.sin(omega)) * RAD;
        longitude = longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
        return longitude;
    }

    /**
     * Index 0..11 of the 30° sector the sun is in at the local midnight that begins day {@code jdn}
     * (0 = from the vernal equinox, 9 = from the winter solstice).
     */
    public static int sunSector(int jdn, double utcOffsetHours) {
        return (int) (sunLongitude(jdn - 0.5 - utcOffsetHours / 24.0) / Math.PI * 6);
    }

    /**
     * Index k of the new moon that starts lunar month 11 (the month containing the winter solstice) of solar year
     * {@code year}.
     */
    public static int month11Index(int year, double utcOffsetHours) {
        int off = jdnOf(year, 12, 31) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        if (sunSector(newMoonDay(k, utcOffsetHours), utcOffsetHours) >= 9) {
            k--;
        }
        return k;
    }

    /**
     * In a 13-month span starting at month 11 with new moon index {@code k11}: how many months after month 11 the
     * leap month comes (the first month whose start sees no change of solar sector, i.e. no principal term).
     */
    public static int leapMonthOffset(int k11, double utcOffsetHours) {
        int i = 1;
        int sector = sunSector(newMoonDay(k11 + i, utcOffsetHours), utcOffsetHours);
        int last;
        do {
            last = sector;
            i++;
            sector = sunSector(newMoonDay(k11 + i, utcOffsetHours), utcOffsetHours);
        } while (sector != last && i < 14);
        return i - 1;
    }

    /** Julian Day Number of a proleptic Gregorian date. */
    public static int jdnOf(int year, int month, int day) {
        int a = (14 - month) / 12;
        int y = year + 4800 - a;
        int m = month + 12 * a - 3;
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    }
}
