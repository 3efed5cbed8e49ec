package vn.motcua.feedback;

import java.util.List;

/** One page of a list and how many there are in all. */
public record FeedbackPage<T>(List<T> items, int page, int size, long total) {}
