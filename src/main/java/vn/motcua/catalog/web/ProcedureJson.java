package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.DecisionRef;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.SearchPage;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;

/** JSON shapes of the procedure API (field names are a contract: add, never rename). */
final class ProcedureJson {

    private ProcedureJson() {}

    /** {@code asRecorded} is always null here: the keepers' shorthand of the limit is internal, not published. */
    record TimeLimitJson(BigDecimal amount, TimeLimitUnit unit, String printed, String asRecorded, String label) {
        static TimeLimitJson of(TimeLimit limit) {
            return limit == null ? null : new TimeLimitJson(limit.amount(), limit.unit(), limit.printed(),
                    null, limit.display());
        }
    }

    record Item(String code, String name, String field, ProcedureStatus status, OnlineLevel onlineLevel,
            TimeLimitJson timeLimit, int version, String agency, ProcedureLevel level) {
        static Item of(ProcedureSummary s) {
            return new Item(s.code(), s.name(), s.field(), s.status(), s.onlineLevel(), TimeLimitJson.of(s.timeLimit()),
                    s.version(), s.agency(), s.level());
        }
    }

    record Page(List<Item> items, long total, int page, int size) {
        static Page of(SearchPage<ProcedureSummary> page) {
            return new Page(page.items().stream().map(Item::of).toList(), page.total(), page.page(), page.size());
        }
    }

    record VersionEntry(int version, ProcedureStatus status, ChangeKind changeKind, ProcedureVersion.Source source,
            LocalDate effectiveOn, DecisionRef decision, boolean current, boolean pending, String name,
            Instant createdAt, String createdBy) {
        static VersionEntry of(ProcedureVersion v, LocalDate today) {
            return new VersionEntry(v.version(), v.status(), v.changeKind(), v.source(), v.effectiveOn(), v.decision(),
                    v.current(), v.pending(today), v.name(), v.createdAt(), v.createdBy());
        }
    }
}
