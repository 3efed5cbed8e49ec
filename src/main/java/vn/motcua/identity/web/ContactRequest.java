package vn.motcua.identity.web;

/**
 * Body of {@code PUT /api/v1/agencies/{code}/contact}: the whole contact (a missing or blank part is cleared).
 */
record ContactRequest(String address, String hotline, String email) {}
