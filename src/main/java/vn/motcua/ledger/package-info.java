/**
 * Ledger (sổ theo dõi số liệu hồ sơ): the figures that reports and the service index count — the per-dossier rules
 * of every {@link vn.motcua.ledger.LedgerFigure}, the per-day counters that the dossier tables' triggers keep, their
 * folding, and the drill-down lists behind each number. Reads the dossier tables; writes only its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dossier"})
package vn.motcua.ledger;
