package vn.motcua.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name=value} options of a load driver's command line; numbers may group digits with '_'. */
record DriverOptions(Map<String, String> values) {

    static DriverOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return new DriverOptions(values);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long number(String name, long fallback) {
        return Long.parseLong(get(name, String.valueOf(fallback)).replace("_", ""));
    }

    int integer(String name, int fallback) {
        return Math.toIntExact(number(name, fallback));
    }

    /** True when given as {@code --name=true}. */
    boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }
}
