package vn.motcua.reporting;

/**
 * One item behind a figure of the index: a dossier (code, procedure) or a procedure / decision item (code, name).
 */
public record IndexEntry(String code, String name, String detail) {}
