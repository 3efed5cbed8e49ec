package vn.motcua.integration.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;

/**
 * A procedure package of the national TTHC database ({@code LayThuTuc}, integrations.md §1.7) as catalog content.
 * Nothing is invented: a part the package does not state keeps the catalog's value, and the parts the national
 * database does not hold (online level, the keepers' notes, number of sets, boundary, predecessors) always do. The
 * time limit and fees are the desk channel's ({@code KENH} 1), or the first channel's; "Ngày" without "làm việc" stays
 * {@link TimeLimitUnit#DAY_AS_PRINTED} (U8).
 */
final class NationalProcedureMapping {

    private NationalProcedureMapping() {}

    static String code(Map<String, Object> pkg) {
        return text(pkg.get("MATTHC"));
    }

    static String fieldName(Map<String, Object> pkg) {
        return text(first(pkg.get("LINHVUCTHUCHIEN")).get("TENLINHVUC"));
    }

    /** The package as content; {@code previous} (null for a procedure new to the agency) gives the unstated parts. */
    static ProcedureContent content(Map<String, Object> pkg, ProcedureContent previous) {
        ProcedureContent base = previous != null ? previous
                : ProcedureContent.minimal(text(pkg.get("TENTTHC")), null, null, null);
        Map<String, Object> field = first(pkg.get("LINHVUCTHUCHIEN"));
        Map<String, Object> time = timing(pkg);
        TimeLimit limit = timeLimit(time);
        List<Fee> fees = new ArrayList<>();
        for (Map<String, Object> fee : maps(time.get("PHILEPHI"))) {
            Long amount = amount(fee.get("SOTIEN"));
            String printed = text(fee.get("MOTA"));
            String name = text(fee.get("TENPHILEPHI"));
            fees.add(new Fee(name != null ? name : "Phí, lệ phí", amount, printed));
        }
        List<RequiredDocument> documents = new ArrayList<>();
        for (Map<String, Object> part : maps(pkg.get("THANHPHANHOSO"))) {
            String name = text(part.get("TENGIAYTO"));
            if (name != null) {
                documents.add(new RequiredDocument(name, integer(part.get("SOBANCHINH")), integer(part.get("SOBANSAO")),
                        text(part.get("TENMAUDON")), text(part.get("URL")), flag(part.get("BATBUOC")), null));
            }
        }
        List<String> legalBases = new ArrayList<>();
        for (Map<String, Object> basis : maps(pkg.get("CANCUPHAPLY"))) {
            String number = text(basis.get("SOVANBAN"));
            if (number != null) {
                String date = text(basis.get("NGAYBANHANH"));
                String title = text(basis.get("TENVANBAN"));
                legalBases.add(number + (date == null ? "" : " ngày " + date) + (title == null ? "" : " (" + title + ")"));
            }
        }
        String conditions = text(pkg.get("YEUCAU"));
        return new ProcedureContent(
                or(text(pkg.get("TENTTHC")), base.name()),
                or(text(field.get("MALINHVUC")), base.fieldCode()),
                or(text(field.get("TENLINHVUC")), base.fieldName()),
                level(text(first(pkg.get("CAPTHUCHIEN")).get("TENCAP")), base.level()),
                or(text(pkg.get("COQUANCOTHAMQUYEN")), base.competentAuthority()),
                base.appraisingAgency(),
                or(text(pkg.get("COQUANTHUCHIEN")), base.implementingAgency()),
                base.competentAuthorityBasis(),
                or(names(pkg.get("DOITUONGTHUCHIEN"), "TENDOITUONG"), base.applicantTypes()),
                or(channels(pkg), base.channels()),
                base.onlineLevel(), base.onlineLevelByProvince(), base.onlineLevelNote(),
                limit != null ? limit : base.timeLimit(),
                or(fees, base.fees()),
                or(documents, base.documents()),
                base.dossierSets(),
                or(names(pkg.get("TRINHTUTHUCHIEN"), "TENTRINHTU"), base.steps()),
                conditions == null ? base.conditions() : List.of(conditions),
                or(names(pkg.get("KETQUATHUCHIEN"), "TENKETQUA"), base.results()),
                or(legalBases, base.legalBases()),
                base.nonBoundary(), base.predecessors(), base.successors(), base.notes());
    }

    /** The desk channel's time entry ({@code KENH} 1), or the first channel's; empty when none is stated. */
    private static Map<String, Object> timing(Map<String, Object> pkg) {
        List<Map<String, Object>> ways = maps(pkg.get("CACHTHUCTHUCHIEN"));
        Map<String, Object> chosen = ways.stream().filter(w -> "1".equals(text(w.get("KENH")))).findFirst()
                .orElse(ways.isEmpty() ? Map.of() : ways.get(0));
        return first(chosen.get("THOIGIAN"));
    }

    private static TimeLimit timeLimit(Map<String, Object> time) {
        String amountText = text(time.get("THOIGIANGIAIQUYET"));
        String unitText = text(time.get("DONVITINH"));
        if (amountText == null && unitText == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = amountText == null ? null : new BigDecimal(amountText.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            amount = null;
        }
        String unit = unitText == null ? "" : unitText.toLowerCase(Locale.forLanguageTag("vi"));
        TimeLimitUnit parsed = unit.contains("trong ngày") ? TimeLimitUnit.SAME_DAY
                : unit.contains("giờ") ? TimeLimitUnit.WORKING_HOUR
                : unit.contains("làm việc") ? TimeLimitUnit.WORKING_DAY
                : unit.contains("ngày") ? TimeLimitUnit.DAY_AS_PRINTED : null;
        return new TimeLimit(parsed == null ? null : amount, parsed, text(time.get("MOTA")), null);
    }

    /** {@code KENH}: 1 direct, 2 online, 3 postal (the portal's {@code KenhThucHien} codes, §1.4). */
    private static List<Channel> channels(Map<String, Object> pkg) {
        Set<Channel> channels = new LinkedHashSet<>();
        for (Map<String, Object> way : maps(pkg.get("CACHTHUCTHUCHIEN"))) {
            String code = text(way.get("KENH"));
            if ("1".equals(code)) {
                channels.add(Channel.DESK);
            } else if ("2".equals(code)) {
                channels.add(Channel.ONLINE);
            } else if ("3".equals(code)) {
                channels.add(Channel.POST);
            }
        }
        return List.copyOf(channels);
    }

    private static ProcedureLevel level(String name, ProcedureLevel otherwise) {
        if (name == null) {
            return otherwise;
        }
        String level = name.toLowerCase(Locale.forLanguageTag("vi"));
        return level.contains("tỉnh") ? ProcedureLevel.PROVINCE : level.contains("huyện") ? ProcedureLevel.DISTRICT
                : level.contains("xã") ? ProcedureLevel.COMMUNE
                : level.contains("trung ương") || level.contains("bộ") ? ProcedureLevel.CENTRAL : otherwise;
    }

    private static List<String> names(Object value, String key) {
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                String name = item instanceof Map<?, ?> map ? text(map.get(key)) : text(item);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        List<Map<String, Object>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    maps.add((Map<String, Object>) map);
                }
            }
        }
        return maps;
    }

    private static Map<String, Object> first(Object value) {
        List<Map<String, Object>> maps = maps(value);
        return maps.isEmpty() ? Map.of() : maps.get(0);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    private static Long amount(Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(".", "").replace(",", "")).longValueExact();
        } catch (ArithmeticException | NumberFormatException notAnAmount) {
            return null;
        }
    }

    private static Integer integer(Object value) {
        Long amount = amount(value);
        return amount == null ? null : Math.toIntExact(amount);
    }

    private static Boolean flag(Object value) {
        String text = text(value);
        return "1".equals(text) || "true".equalsIgnoreCase(text) ? Boolean.TRUE
                : "0".equals(text) || "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static <T> List<T> or(List<T> value, List<T> otherwise) {
        return value == null || value.isEmpty() ? otherwise : value;
    }
}
