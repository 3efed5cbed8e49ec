package vn.motcua.catalog;

/** A procedure in a search result: its version in force. */
public record ProcedureSummary(String agency, String code, String name, String field, ProcedureLevel level,
        ProcedureStatus status, OnlineLevel onlineLevel, TimeLimit timeLimit, int version, double rank) {}
