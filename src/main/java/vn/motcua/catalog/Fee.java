package vn.motcua.catalog;

/**
 * A fee or charge (phí, lệ phí) in whole đồng; {@code amountVnd} is null when the catalog prints no amount
 * (e.g. a percentage or "theo quy định"), {@code printed} keeps the wording.
 */
public record Fee(String name, Long amountVnd, String printed) {

    public String display() {
        if (amountVnd == null) {
            return printed == null ? "Không quy định" : printed;
        }
        if (amountVnd == 0) {
            return printed == null ? "Không thu phí" : printed;
        }
        return String.format(java.util.Locale.ROOT, "%,d", amountVnd).replace(',', '.') + " đồng";
    }
}
