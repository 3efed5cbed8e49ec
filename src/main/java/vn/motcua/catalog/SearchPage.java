package vn.motcua.catalog;

import java.util.List;

/** One page of results and the total number of matches. */
public record SearchPage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
