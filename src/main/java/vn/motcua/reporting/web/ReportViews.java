package vn.motcua.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.identity.Agency;

/** What the dashboard and report pages share: number formats, chart data, links that keep the period. */
final class ReportViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DecimalFormatSymbols VI = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));

    private ReportViews() {}

    /** 85,71 % (a 4-decimal ratio as a percentage with 2 decimals); an empty string for none. */
    static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "";
        }
        return decimal(ratio.movePointRight(2)) + " %";
    }

    /** 12,5 · 100 · 0,25 — Vietnamese decimals, at most 2 of them, no trailing zeros. */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", VI);
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** 1.234 — thousands grouped the Vietnamese way. */
    static String count(long value) {
        return new DecimalFormat("#,##0", VI).format(value);
    }

    /** A chart as {@code static/js/charts.js} reads it from the canvas's {@code data-chart} attribute. */
    static String chart(String type, List<String> labels, List<Map<String, Object>> datasets,
            Map<String, Object> options) {
        Map<String, Object> chart = new java.util.LinkedHashMap<>();
        chart.put("type", type);
        chart.put("labels", labels);
        chart.put("datasets", datasets);
        chart.putAll(options);
        return JSON.writeValueAsString(chart);
    }

    static Map<String, Object> dataset(String label, List<?> data) {
        Map<String, Object> set = new java.util.LinkedHashMap<>();
        set.put("label", label);
        set.put("data", data);
        return set;
    }

    /** A page path with the agency and the period of the page, plus {@code more} (name, value pairs; nulls left out). */
    static String link(String path, Agency agency, PeriodPicker picker, String... more) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("agency", agency.code().value())
                .queryParam("period", picker.name()).queryParam("periodType", picker.type());
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] != null) {
                uri.queryParam(more[i], more[i + 1]);
            }
        }
        return uri.encode().build().toUriString();
    }

    /** The picker, the agency and the agencies to choose from, for {@code reporting/parts :: picker}. */
    static void addPicker(Model model, PeriodPicker picker, Agency agency, List<Agency> agencies) {
        model.addAttribute("picker", picker);
        model.addAttribute("terms", PeriodPicker.TERMS);
        model.addAttribute("types", PeriodPicker.types());
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", agencies);
        if (picker.period() != null) {
            model.addAttribute("period", picker.period());
        }
    }
}
